package dev.x3ups.it.harness;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh topic and connector names for one test, so tests sharing a cluster never read each other's
 * records or collide on connector names. Names carry the test's method name to make logs readable.
 */
public final class TestNames {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int MAX_TEST_PART = 40;

    private final String testPart;

    TestNames(String testName) {
        String cleaned = testName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        this.testPart = cleaned.length() > MAX_TEST_PART ? cleaned.substring(0, MAX_TEST_PART) : cleaned;
    }

    /** e.g. {@code topic("x3.orders")} gives {@code x3.orders-ships-each-order-once-7}. */
    public String topic(String base) {
        return unique(base);
    }

    public String connector(String base) {
        return unique(base);
    }

    /** Any other name that must be unique in the JVM (consumer groups, X3 folders, references). */
    public String unique(String base) {
        return base + "-" + testPart + "-" + SEQUENCE.incrementAndGet();
    }
}
