package dev.x3ups.x3.sink.status;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How X3 shows an order whose shipment was voided. The status field holds the status code of UPS type
 * {@code MV} (voided) from the status vocabulary, the exception code and reason say why (the UPS sink's
 * reason: {@code CANCELLED}, {@code UNUSED_LABEL}, {@code DUPLICATE}), and the exception flag is raised
 * only for the reasons listed here: a void is no carrier exception, but an unused label or a voided twin
 * leaves an order unshipped that someone should look at, while an order cancelled in X3 needs nobody.
 *
 * @param flaggedReasons void reasons that raise the exception flag, as they reach the sink: fitted to X3's
 *                       code length like every ledger code (see the sink's {@code WriteBackFit})
 */
public record VoidedDisplay(Set<String> flaggedReasons) {

    /** UPS status type of a voided shipment; its X3 code comes from the status vocabulary. */
    public static final String VOIDED_TYPE = "MV";
    public static final String DESCRIPTION = "Shipment voided";
    /** An order withdrawn before any shipment existed (the UPS sink records it VOIDED so it never ships). */
    public static final String NOT_SHIPPED = "Not shipped";
    public static final Set<String> DEFAULT_FLAGGED = Set.of("UNUSED_LABEL", "DUPLICATE");
    /** The default as the sink sees it ({@code UNUSED_LABEL} fitted to ten characters). */
    public static final VoidedDisplay DEFAULT = new VoidedDisplay(Set.of("UNUSED_LBL", "DUPLICATE"));

    public VoidedDisplay {
        flaggedReasons = normalized(flaggedReasons);
    }

    /** Whether a void for {@code reason} (fitted) raises the flag. */
    public boolean flags(String reason) {
        return reason != null && flaggedReasons.contains(reason.strip().toUpperCase(Locale.ROOT));
    }

    private static Set<String> normalized(Set<String> reasons) {
        return Objects.requireNonNull(reasons, "flaggedReasons").stream()
                .filter(r -> r != null && !r.isBlank())
                .map(r -> r.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
