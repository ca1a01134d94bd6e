package dev.x3ups.ups.simulator.address;

import java.util.List;
import java.util.Objects;

/**
 * One address the simulator's UPS knows: what street-level validation answers for it, its classification (what
 * UPS bills by, whatever the shipper says) and the candidates UPS proposes (the corrected form of a valid address,
 * 2–3 for an ambiguous one, none for an unknown one).
 */
public record BookEntry(BookAddress address, Verdict verdict, Classification classification,
                        List<BookAddress> candidates) {
    public BookEntry {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(classification, "classification");
        candidates = List.copyOf(candidates);
        if (verdict == Verdict.VALID && candidates.size() != 1) {
            throw new IllegalArgumentException("a valid address has exactly one candidate, its corrected form");
        }
        if (verdict == Verdict.AMBIGUOUS && candidates.isEmpty()) {
            throw new IllegalArgumentException("an ambiguous address has candidates");
        }
        if (verdict == Verdict.NO_CANDIDATES && !candidates.isEmpty()) {
            throw new IllegalArgumentException("a no-candidates address has none");
        }
    }

    public static BookEntry valid(BookAddress address, Classification classification, BookAddress corrected) {
        return new BookEntry(address, Verdict.VALID, classification, List.of(corrected));
    }

    public static BookEntry ambiguous(BookAddress address, Classification classification, BookAddress... candidates) {
        return new BookEntry(address, Verdict.AMBIGUOUS, classification, List.of(candidates));
    }

    public static BookEntry noCandidates(BookAddress address) {
        return new BookEntry(address, Verdict.NO_CANDIDATES, Classification.UNCLASSIFIED, List.of());
    }
}
