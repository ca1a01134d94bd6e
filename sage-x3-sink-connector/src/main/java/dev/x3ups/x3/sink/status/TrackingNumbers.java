package dev.x3ups.x3.sink.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The tracking numbers an order's X3 record holds: at most {@code capacity} (the dimension of the
 * X3 field, 10 for the documented {@code YSHIPTRK}), in package order. A ledger entry's numbers come
 * first, in its package order; numbers only seen on tracking events follow in order of arrival. When
 * an order has more packages than the field holds, the first {@code capacity} are kept — re-applying
 * a number already kept, or one beyond the capacity, changes nothing, so a record X3 can never take
 * is never produced and re-delivery never causes a write.
 */
public final class TrackingNumbers {

    /** Dimension of the documented {@code YTRKNUM} field. */
    public static final int DEFAULT_CAPACITY = 10;

    private final int capacity;

    public TrackingNumbers(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** {@code current} with the packages of a ledger entry, which take the first places. */
    public List<String> withPackages(List<String> current, List<String> packages) {
        Set<String> known = clean(current);
        Set<String> incoming = clean(packages);
        if (known.containsAll(incoming)) {
            return cap(known); // keeps the order X3 already holds, so a re-delivered entry writes nothing
        }
        Set<String> all = new LinkedHashSet<>(incoming);
        all.addAll(known);
        return cap(all);
    }

    /** {@code current} with the number of a scanned package, after those already known. */
    public List<String> withScanned(List<String> current, String number) {
        Set<String> all = clean(current);
        all.addAll(clean(List.of(Objects.requireNonNullElse(number, ""))));
        return cap(all);
    }

    /** How many distinct numbers {@code numbers} holds. */
    public static int count(List<String> numbers) {
        return clean(numbers).size();
    }

    private List<String> cap(Set<String> numbers) {
        List<String> list = new ArrayList<>(numbers);
        return list.size() <= capacity ? list : List.copyOf(list.subList(0, capacity));
    }

    private static Set<String> clean(List<String> numbers) {
        Set<String> set = new LinkedHashSet<>();
        if (numbers != null) {
            for (String number : numbers) {
                String text = OrderTracking.text(number);
                if (text != null) {
                    set.add(text);
                }
            }
        }
        return set;
    }
}
