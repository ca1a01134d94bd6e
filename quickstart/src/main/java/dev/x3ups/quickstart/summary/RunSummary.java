package dev.x3ups.quickstart.summary;

/** The one-line result of {@code --exit-when-done}. */
public record RunSummary(int orders, int shipments, int duplicates, int delivered, int flagged, int lost,
                         long elapsedSeconds) {

    /** Success only when nothing is lost and nothing was shipped twice. */
    public int exitCode() {
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }

    public String toJson() {
        return "{\"orders\":" + orders + ",\"shipments\":" + shipments + ",\"duplicates\":" + duplicates
                + ",\"delivered\":" + delivered + ",\"flagged\":" + flagged + ",\"lost\":" + lost
                + ",\"elapsedSeconds\":" + elapsedSeconds + "}";
    }
}
