package dev.x3ups.labels.printer.print;

import dev.x3ups.records.LabelDocument;
import java.io.IOException;
import java.util.List;

/** Where one site's documents go. */
public interface Printer {

    /**
     * Delivers the documents of one shipment, in the given order. Returns only when every one of them reached the
     * printer; an exception means some may have and all will be delivered again (a duplicate, never a gap).
     */
    void print(List<LabelDocument> documents) throws IOException;
}
