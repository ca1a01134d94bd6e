package dev.x3ups.ups.sink.labels;

/** An order's label documents could not be written; its CREATED entry is not written either. */
public final class LabelWriteException extends RuntimeException {
    public LabelWriteException(String orderKey, Throwable cause) {
        super("label documents of order " + orderKey + " could not be written: " + cause.getMessage(), cause);
    }
}
