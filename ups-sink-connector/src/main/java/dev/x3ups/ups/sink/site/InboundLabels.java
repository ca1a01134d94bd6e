package dev.x3ups.ups.sink.site;

/** Who gets the label of a purchase order received at a site ({@code site.<CODE>.inbound.labels}). */
public enum InboundLabels {
    /** UPS Electronic Return Label: UPS e-mails the label to the supplier, who sticks it on the box. */
    EMAIL,
    /** The label goes to the receiving site's printer like any other. */
    PRINT
}
