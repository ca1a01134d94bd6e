package dev.x3ups.labels.printer.spool;

import dev.x3ups.records.LabelDocument;
import org.apache.kafka.common.TopicPartition;

/** A document waiting for its printer, with the record it came from (its offset may not be committed before it prints). */
public record SpooledDocument(LabelDocument document, TopicPartition partition, long offset) {
}
