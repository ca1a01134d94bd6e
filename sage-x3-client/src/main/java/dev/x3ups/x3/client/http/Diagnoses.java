package dev.x3ups.x3.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code $diagnoses} X3 puts in a body, anywhere in it: at the top, in a query row or in a line.
 * X3 reports refusals in a 200 this way, so every body is searched.
 */
public final class Diagnoses {
    /** SData codes that blame the request itself: retrying it unchanged cannot succeed. */
    private static final Set<String> REQUEST_FAULTS = Set.of(
            "UnknownProperty", "BadWhereSyntax", "BadOrderBySyntax", "BadOrderBy", "BadUrlSyntax",
            "BadQueryParameter", "InvalidRepresentation", "BadRequest");

    /** SData codes of a create refused for a key X3 already holds. */
    private static final Set<String> RECORD_EXISTS = Set.of("RecordExists", "DuplicateKey", "DuplicateRecord");

    private final List<String> errors = new ArrayList<>();
    private final List<String> transients = new ArrayList<>();
    private boolean requestFault;
    private boolean recordExists;

    private Diagnoses() {
    }

    public static Diagnoses in(JsonNode body) {
        Diagnoses found = new Diagnoses();
        found.collect(body);
        return found;
    }

    private void collect(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode diagnoses = node.get("$diagnoses");
            if (diagnoses != null && diagnoses.isArray()) {
                diagnoses.forEach(this::add);
            }
            node.properties().forEach(e -> {
                if (!e.getKey().equals("$diagnoses")) {
                    collect(e.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(this::collect);
        }
    }

    private void add(JsonNode diagnosis) {
        String severity = diagnosis.path("$severity").asText("").toLowerCase(Locale.ROOT);
        String message = diagnosis.path("$message").asText("").strip();
        if (message.isEmpty()) {
            message = diagnosis.path("$sdataCode").asText("no message");
        }
        switch (severity) {
            case "error", "fatal" -> {
                errors.add(message);
                requestFault |= REQUEST_FAULTS.contains(diagnosis.path("$sdataCode").asText(""));
                recordExists |= RECORD_EXISTS.contains(diagnosis.path("$sdataCode").asText(""))
                        || message.toLowerCase(Locale.ROOT).contains("already exists");
            }
            case "transient" -> transients.add(message);
            default -> { } // info and warning do not fail a call
        }
    }

    /** The messages of error and fatal diagnoses. */
    public List<String> errorMessages() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether an error says the key of a create is already taken ("Record already exists"). */
    public boolean saysRecordExists() {
        return recordExists;
    }

    /** Whether an error names a fault of the request (unknown property, bad syntax). */
    public boolean blamesRequest() {
        return requestFault;
    }

    public boolean hasTransient() {
        return !transients.isEmpty();
    }

    /** X3's own messages, transient ones first, joined. Empty when there are none. */
    public String messages() {
        List<String> all = new ArrayList<>(transients);
        all.addAll(errors);
        return String.join("; ", all);
    }
}
