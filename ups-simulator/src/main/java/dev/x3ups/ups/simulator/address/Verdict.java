package dev.x3ups.ups.simulator.address;

/** Which of UPS's three presence flags a street-level answer sets. */
public enum Verdict {
    VALID("ValidAddressIndicator"), AMBIGUOUS("AmbiguousAddressIndicator"), NO_CANDIDATES("NoCandidatesIndicator");

    private final String flag;

    Verdict(String flag) {
        this.flag = flag;
    }

    /** The response field set to {@code ""} for this verdict. */
    public String flag() {
        return flag;
    }
}
