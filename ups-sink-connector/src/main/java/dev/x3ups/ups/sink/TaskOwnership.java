package dev.x3ups.ups.sink;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.apache.kafka.common.utils.Utils;

/**
 * Which orders' subscriptions a task renews: every task reads the whole ledger, so the keys are shared out by
 * hash over the connector's tasks and each subscription is renewed by exactly one of them.
 */
final class TaskOwnership implements Predicate<String> {
    private final int index;
    private final int count;

    TaskOwnership(int index, int count) {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("task " + index + " of " + count);
        }
        this.index = index;
        this.count = count;
    }

    @Override
    public boolean test(String orderKey) {
        return Utils.toPositive(Utils.murmur2(orderKey.getBytes(StandardCharsets.UTF_8))) % count == index;
    }
}
