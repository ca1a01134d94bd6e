package dev.x3ups.x3.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Runs a GraphQL query or mutation against X3 Services or the X3 Cloud gateway. */
public interface X3GraphQlClient {

    /**
     * Runs {@code document} with {@code variables} and returns its {@code data}. Entries of
     * {@code errors[]} and error diagnoses in {@code extensions} become typed exceptions carrying X3's
     * messages.
     */
    JsonNode execute(String document, Map<String, ?> variables) throws X3Exception;
}
