package dev.x3ups.x3.client.mapping;

import java.util.List;
import java.util.Objects;

/** X3 keeps three address lines; blanks in between are dropped. */
final class AddressLines {

    private AddressLines() {
    }

    static List<String> of(List<String> values) {
        return values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).limit(3).toList();
    }
}
