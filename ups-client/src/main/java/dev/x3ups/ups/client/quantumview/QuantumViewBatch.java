package dev.x3ups.ups.client.quantumview;

import java.util.List;

/** Everything one bookmark loop returned. */
public record QuantumViewBatch(String subscriberId, List<QuantumViewEvent> events, int pages) {
    public QuantumViewBatch {
        events = List.copyOf(events);
    }
}
