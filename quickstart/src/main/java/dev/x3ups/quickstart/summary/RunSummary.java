package dev.x3ups.quickstart.summary;

/**
 * The one-line result of {@code --exit-when-done}. {@code labelsPrinted}: packages whose label a warehouse printer
 * printed; {@code labelsEmailed}: packages of inbound shipments whose label UPS e-mailed to the supplier;
 * {@code unlabelled}: created shipments with neither; {@code held}: orders the UPS sink's address check holds, flagged
 * in X3 with UPS's candidates (final for the run: they wait for a correction in X3).
 */
public record RunSummary(int orders, int shipments, int duplicates, int delivered, int flagged, int lost,
                         int labelsPrinted, int labelsEmailed, int unlabelled, long elapsedSeconds, int held) {

    /** A run without orders held for their address. */
    public RunSummary(int orders, int shipments, int duplicates, int delivered, int flagged, int lost,
                      int labelsPrinted, int labelsEmailed, int unlabelled, long elapsedSeconds) {
        this(orders, shipments, duplicates, delivered, flagged, lost, labelsPrinted, labelsEmailed, unlabelled,
                elapsedSeconds, 0);
    }

    /** Success only when nothing is lost, nothing was shipped twice and every shipment has its label. */
    public int exitCode() {
        return lost == 0 && duplicates == 0 && unlabelled == 0 ? 0 : 1;
    }

    public String toJson() {
        return "{\"orders\":" + orders + ",\"shipments\":" + shipments + ",\"duplicates\":" + duplicates
                + ",\"delivered\":" + delivered + ",\"flagged\":" + flagged + ",\"held\":" + held + ",\"lost\":" + lost
                + ",\"labelsPrinted\":" + labelsPrinted + ",\"labelsEmailed\":" + labelsEmailed
                + ",\"unlabelled\":" + unlabelled + ",\"elapsedSeconds\":" + elapsedSeconds + "}";
    }
}
