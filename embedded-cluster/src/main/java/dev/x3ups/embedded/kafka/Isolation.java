package dev.x3ups.embedded.kafka;

/** Which records a read sees: with READ_COMMITTED, records of open or aborted transactions stay hidden. */
public enum Isolation {
    READ_UNCOMMITTED("read_uncommitted"),
    READ_COMMITTED("read_committed");

    private final String configValue;

    Isolation(String configValue) {
        this.configValue = configValue;
    }

    String configValue() {
        return configValue;
    }
}
