package dev.x3ups.ups.sink.service;

import java.util.Comparator;
import java.util.List;

/**
 * UPS services from fastest to slowest (docs/architecture.md, "UPS facts: ship"). Breaks price ties between rated
 * services: at the same price the faster one wins, and between services not ranked here the lower code.
 */
final class ServiceSpeed {
    private static final List<String> FASTEST_FIRST = List.of(
            "14", // Next Day Air Early
            "54", // Worldwide Express Plus
            "01", // Next Day Air
            "07", // Worldwide Express
            "13", // Next Day Air Saver
            "65", // UPS Saver
            "59", // 2nd Day Air A.M.
            "02", // 2nd Day Air
            "08", // Worldwide Expedited
            "12", // 3 Day Select
            "11", // UPS Standard
            "03"); // Ground

    static final Comparator<String> FASTEST_FIRST_ORDER = Comparator
            .comparingInt((String code) -> {
                int rank = FASTEST_FIRST.indexOf(code);
                return rank < 0 ? FASTEST_FIRST.size() : rank;
            })
            .thenComparing(Comparator.naturalOrder());

    private ServiceSpeed() {
    }
}
