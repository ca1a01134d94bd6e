package dev.x3ups.x3.client.http;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * X3 messages that mean "try again later" although X3 sent them as error diagnoses, in an HTTP 200
 * or a 5xx: a busy web-service pool or an exhausted licence volume. Patterns are regular
 * expressions searched case-insensitively in each message.
 */
public final class TransientMessages {

    /** What the X3 web-service pool and licence control say when they turn a call away. */
    public static final List<String> DEFAULT_PATTERNS = List.of(
            "pool is busy",
            "retry later",
            "licen[cs]e volume",
            "WSSIZELIMIT",
            "no (free )?licen[cs]e",
            "too many (concurrent )?(requests|sessions)");

    public static final TransientMessages DEFAULT = of(DEFAULT_PATTERNS);
    public static final TransientMessages NONE = of(List.of());

    private final List<String> sources;
    private final List<Pattern> patterns;

    private TransientMessages(List<String> sources, List<Pattern> patterns) {
        this.sources = sources;
        this.patterns = patterns;
    }

    /** @throws IllegalArgumentException naming the first pattern that is not a regular expression */
    public static TransientMessages of(List<String> patterns) {
        List<String> sources = patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<Pattern> compiled = sources.stream().map(TransientMessages::compile).toList();
        return new TransientMessages(sources, compiled);
    }

    /** Whether X3's {@code message} says the call may succeed later. */
    public boolean matches(String message) {
        Objects.requireNonNull(message, "message");
        return patterns.stream().anyMatch(p -> p.matcher(message).find());
    }

    /** Whether any of {@code messages} does. */
    public boolean anyMatches(List<String> messages) {
        return messages.stream().anyMatch(this::matches);
    }

    public List<String> patterns() {
        return sources;
    }

    private static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a regular expression: " + e.getDescription(), e);
        }
    }

    @Override
    public String toString() {
        return "TransientMessages" + sources;
    }
}
