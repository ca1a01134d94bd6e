package dev.x3ups.x3.client.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A token log in memory with Kafka's fencing rule: each claim raises the writer epoch, and only the session that
 * claimed last may append.
 */
final class InMemoryTokenLog implements TokenLog {
    final List<String> committed = new ArrayList<>();
    private int epoch;

    @Override
    public synchronized Session open() {
        return new Session() {
            private int mine = -1;

            @Override
            public Optional<String> latest() {
                synchronized (InMemoryTokenLog.this) {
                    return committed.isEmpty() ? Optional.empty() : Optional.of(committed.get(committed.size() - 1));
                }
            }

            @Override
            public void claim() {
                synchronized (InMemoryTokenLog.this) {
                    mine = ++epoch;
                }
            }

            @Override
            public boolean append(String value) {
                synchronized (InMemoryTokenLog.this) {
                    if (mine != epoch) {
                        return false;
                    }
                    committed.add(value);
                    return true;
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
