package dev.x3ups.x3.client.auth;

import java.io.IOException;
import java.util.Optional;

/**
 * The records of one X3 pairing in a log that many processes share, with one writer at a time: claiming the
 * writer's role fences whoever held it before, whose later appends then fail. {@link KafkaTokenLog} is a
 * compacted Kafka topic with a transactional producer per pairing.
 */
interface TokenLog {

    /** A connection to the log for one rotation. */
    Session open() throws IOException;

    interface Session extends AutoCloseable {

        /** The newest committed record of the pairing, reading to the end of the log; empty when there is none. */
        Optional<String> latest() throws IOException;

        /**
         * Becomes the only writer. Returns once the previous writer's unfinished append is either committed (and
         * visible to {@link #latest}) or aborted.
         */
        void claim() throws IOException;

        /** Appends {@code value}; false when another session claimed the writer's role since this one did. */
        boolean append(String value) throws IOException;

        @Override
        void close();
    }
}
