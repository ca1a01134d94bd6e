package dev.x3ups.labels.printer;

import dev.x3ups.labels.printer.config.PrinterSite;
import dev.x3ups.labels.printer.spool.PrintSpooler;
import dev.x3ups.labels.printer.spool.SpooledDocument;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.records.LabelRecords;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the task does with a batch of {@code ups.labels} records: each document goes to its site's queue (grouped
 * by shipment, in package order), a void withdraws its tracking number's waiting documents, what can never print
 * goes to the dead letter queue with the reason, and then every printer due for an attempt prints.
 */
final class LabelPrinterSink {
    private static final Logger LOG = LoggerFactory.getLogger(LabelPrinterSink.class);
    private final Map<String, PrinterSite> sites;
    private final PrintSpooler spooler;
    private final DeadLetters deadLetters;

    LabelPrinterSink(Map<String, PrinterSite> sites, PrintSpooler spooler, DeadLetters deadLetters) {
        this.sites = Map.copyOf(sites);
        this.spooler = spooler;
        this.deadLetters = deadLetters;
    }

    void put(Collection<SinkRecord> records, long nowMillis) {
        for (SinkRecord record : records) {
            if (record.value() == null) {
                continue; // a tombstone: nothing to print
            }
            LabelDocument document;
            try {
                document = decode(record);
            } catch (DataException e) {
                deadLetters.report(record, null, "not a ups.labels document: " + e.getMessage());
                continue;
            }
            if (document.voided()) {
                LOG.info("Tracking number {} of {} voided: {} of its documents were still waiting and will not print",
                        document.trackingNumber(), document.orderKey(), spooler.withdraw(document.trackingNumber()));
                continue;
            }
            String reason = unprintable(document);
            if (reason != null) {
                deadLetters.report(record, document.site(), reason);
                continue;
            }
            spooler.add(new SpooledDocument(document, new TopicPartition(record.topic(), record.kafkaPartition()),
                    record.kafkaOffset()));
        }
        spooler.deliver(nowMillis);
    }

    /** Documents waiting for printers. */
    int backlog() {
        return spooler.backlog();
    }

    /** Millis until the next printer retry is due, or -1 when nothing waits. */
    long dueInMillis(long nowMillis) {
        return spooler.dueInMillis(nowMillis);
    }

    PrintSpooler spooler() {
        return spooler;
    }

    private static LabelDocument decode(SinkRecord record) {
        if (!(record.value() instanceof Struct struct)) {
            throw new DataException("the value is a " + record.value().getClass().getSimpleName()
                    + ", not a Struct: read ups.labels with the JSON converter and schemas.enable=true");
        }
        return LabelRecords.fromStruct(struct);
    }

    private String unprintable(LabelDocument document) {
        PrinterSite site = sites.get(document.site());
        if (site == null || !spooler.knows(document.site())) {
            return "no printer is configured for site '" + document.site() + "' (configured: "
                    + new TreeSet<>(sites.keySet()) + "); " + document;
        }
        if (!site.accepts(document.format())) {
            Set<String> formats = new TreeSet<>();
            site.formats().forEach(f -> formats.add(f.name()));
            return "the printer of site " + site.code() + " (" + site.destination() + ") takes " + formats + ", not "
                    + document.format() + "; " + document;
        }
        return null;
    }
}
