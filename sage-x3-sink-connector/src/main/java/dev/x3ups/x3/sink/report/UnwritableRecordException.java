package dev.x3ups.x3.sink.report;

import org.apache.kafka.connect.errors.ConnectException;

/** Why a record can never be written to X3; its message (X3's own, where X3 answered) goes to the DLQ headers. */
public class UnwritableRecordException extends ConnectException {
    public UnwritableRecordException(String message) {
        super(message);
    }
}
