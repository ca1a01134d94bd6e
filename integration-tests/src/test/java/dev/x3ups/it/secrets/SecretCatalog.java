package dev.x3ups.it.secrets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every value that must never show up anywhere: the plaintext secrets a test configured and the tokens
 * issued while it ran. Each has a label that names it without revealing it, so a failure message can say
 * what leaked and where while printing only the label.
 */
final class SecretCatalog {

    /** Shorter values would match by accident (e.g. inside base64 of unrelated bytes). */
    static final int MIN_LENGTH = 8;

    private final Map<String, String> labelsByValue = new LinkedHashMap<>();

    /** Adds a value under a label; a value seen again keeps its first label. */
    synchronized void add(String label, String value) {
        Objects.requireNonNull(label, "label");
        if (value == null || value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("secret '" + label + "' is missing or shorter than " + MIN_LENGTH
                    + " characters; a short value cannot be searched for reliably");
        }
        labelsByValue.putIfAbsent(value, label);
    }

    /** Like {@link #add} for values seen on the wire, where a too short one is simply not tracked. */
    synchronized void addIfSearchable(String label, String value) {
        if (value != null && value.length() >= MIN_LENGTH) {
            labelsByValue.putIfAbsent(value, label);
        }
    }

    /** Snapshot: value to label. */
    synchronized Map<String, String> labelsByValue() {
        return Map.copyOf(labelsByValue);
    }

    synchronized long count(String labelPrefix) {
        return labelsByValue.values().stream().filter(l -> l.startsWith(labelPrefix)).count();
    }

    synchronized int size() {
        return labelsByValue.size();
    }

    @Override
    public synchronized String toString() {
        return "SecretCatalog" + labelsByValue.values(); // labels only, never a value
    }
}
