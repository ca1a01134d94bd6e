package dev.x3ups.ups.client.quantumview;

import java.util.List;

/**
 * Everything one bookmark loop returned. {@code nextBookmark} is null when UPS had nothing more; it is set only
 * when the loop stopped at its page cap, and {@link QuantumViewClient#events(QuantumViewQuery, String)} resumes there.
 */
public record QuantumViewBatch(String subscriberId, List<QuantumViewEvent> events, int pages, String nextBookmark) {
    public QuantumViewBatch {
        events = List.copyOf(events);
    }

    public boolean complete() {
        return nextBookmark == null;
    }
}
