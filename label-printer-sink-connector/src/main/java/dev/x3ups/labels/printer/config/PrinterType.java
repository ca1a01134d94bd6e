package dev.x3ups.labels.printer.config;

/** How a site's documents reach its printer. */
public enum PrinterType {
    /** Raw TCP to the printer's port (9100, "JetDirect"): thermal printers take ZPL/EPL/SPL this way. */
    TCP,
    /** One file per document in a directory a print server or shared folder watches. */
    DIRECTORY
}
