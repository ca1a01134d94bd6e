package dev.x3ups.x3.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Reads and writes records of a writable api1 class, such as a custom tracking class. Generic over
 * class, representation and field names: the caller decides which fields it sends.
 */
public interface X3RecordClient {

    /** {@code $details} of the record with {@code key}; empty when X3 knows no such record (404). */
    Optional<JsonNode> read(X3Representation representation, String key) throws X3Exception;

    /** {@code POST ...$create}; X3 answers 201 with the new record's URL in {@code Location}. */
    CreatedRecord create(X3Representation representation, JsonNode record) throws X3Exception;

    /**
     * {@code PUT ...('key')...$edit} with only the fields to change; returns the record as X3 stored
     * it. An unknown key is an {@link X3RejectedException}.
     */
    JsonNode edit(X3Representation representation, String key, JsonNode changes) throws X3Exception;

    /**
     * A one-row {@code $query} of the class: proves credentials, endpoint, class and representation
     * without writing. Refused credentials are an {@link X3AuthenticationException}, an unknown class
     * or representation an {@link X3RejectedException}.
     */
    void checkAccess(X3Representation representation) throws X3Exception;
}
