package dev.x3ups.x3.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A record X3 created.
 *
 * @param location the new record's URL from the {@code Location} header, null if X3 sent none
 * @param record   the record as X3 stored it (empty object when X3 sent no body)
 */
public record CreatedRecord(String location, JsonNode record) {
}
