package dev.x3ups.it.harness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs small probe classes through the Jupiter engine to see what the extensions hand to tests. */
class ExtensionsTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void eachTestGetsNamesCarryingItsMethodName() {
        SEEN.clear();

        Events tests = run(NamesProbe.class);

        tests.assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2).anyMatch(n -> n.startsWith("x3.orders-firsttest-"))
                .anyMatch(n -> n.startsWith("x3.orders-secondtest-"));
    }

    @Test
    void capturedLogIsScopedToItsTest() {
        SEEN.clear();

        Events tests = run(LogProbe.class);

        tests.assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(SEEN).containsExactly("captured");
    }

    @Test
    void parametersOfOtherTypesAreLeftToOtherResolvers() {
        Events tests = run(UnsupportedProbe.class);

        tests.assertStatistics(stats -> stats.failed(1));
    }

    private static Events run(Class<?> probe) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(probe)).execute().testEvents();
    }

    @ExtendWith(KafkaConnectExtension.class)
    static class NamesProbe {
        @Test
        void firstTest(TestNames names) {
            SEEN.add(names.topic("x3.orders"));
        }

        @Test
        void secondTest(TestNames names) {
            SEEN.add(names.topic("x3.orders"));
        }
    }

    @ExtendWith(LogCaptureExtension.class)
    static class LogProbe {
        @Test
        void logs(CapturedLog log) {
            LoggerFactory.getLogger("dev.x3ups.it.probe").info("probe line");
            if (log.contains("probe line")) {
                SEEN.add("captured");
            }
        }
    }

    @ExtendWith(KafkaConnectExtension.class)
    static class UnsupportedProbe {
        @Test
        void wantsAString(String notOurs) {
            SEEN.add(notOurs);
        }
    }
}
