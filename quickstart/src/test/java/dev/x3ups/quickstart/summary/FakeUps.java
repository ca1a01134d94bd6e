package dev.x3ups.quickstart.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** UPS as a test sets it up: counts per reference and journeys per first tracking number. */
final class FakeUps implements UpsView {

    final Map<String, int[]> counts = new HashMap<>();
    final Map<String, Journey> journeys = new HashMap<>();

    FakeUps shipped(String reference, int created, int live) {
        counts.put(reference, new int[] {created, live});
        return this;
    }

    FakeUps journey(String trackingNumber, Journey journey) {
        journeys.put(trackingNumber, journey);
        return this;
    }

    @Override
    public int created(String reference) {
        return counts.getOrDefault(reference, new int[2])[0];
    }

    @Override
    public int live(String reference) {
        return counts.getOrDefault(reference, new int[2])[1];
    }

    @Override
    public Journey journey(List<String> trackingNumbers) {
        return trackingNumbers.isEmpty() ? Journey.UNKNOWN
                : journeys.getOrDefault(trackingNumbers.get(0), Journey.MOVING);
    }
}
