package dev.x3ups.ups.client.address;

/** What UPS's street-level check said about an address (its three presence flags, or none of them). */
public enum AddressVerdict {
    /** {@code ValidAddressIndicator}: one exact match, the first candidate. */
    VALID,
    /** {@code AmbiguousAddressIndicator}: no exact match; the candidates are UPS's suggestions. */
    AMBIGUOUS,
    /** {@code NoCandidatesIndicator}: UPS knows no address like it. */
    NO_CANDIDATES,
    /** No flag at all: a classification-only request, or an answer without a verdict. */
    UNVALIDATED
}
