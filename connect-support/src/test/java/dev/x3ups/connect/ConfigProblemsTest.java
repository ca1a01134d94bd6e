package dev.x3ups.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class ConfigProblemsTest {

    private static Map<String, ConfigValue> values() {
        return Map.of("retry.backoff.ms", new ConfigValue("retry.backoff.ms", 1000L, List.of(), new ArrayList<>()),
                "retry.backoff.max.ms", new ConfigValue("retry.backoff.max.ms", 500L, List.of(), new ArrayList<>()));
    }

    @Test
    void reportsProblemsOnTheirSettingsAndIgnoresUnknownOnes() {
        Map<String, ConfigValue> values = values();

        ConfigProblems.report(Map.of("retry.backoff.ms", List.of("too long"), "nope", List.of("lost")), values);

        assertThat(values.get("retry.backoff.ms").errorMessages()).containsExactly("too long");
        assertThat(ConfigProblems.clean(values)).isFalse();
        assertThat(ConfigProblems.clean(values())).isTrue();
    }

    @Test
    void aMaximumBelowItsMinimumIsAProblemOnTheMaximum() {
        assertThat(ConfigProblems.notBelow(values(), "retry.backoff.max.ms", "retry.backoff.ms"))
                .containsExactly(Map.entry("retry.backoff.max.ms",
                        List.of("retry.backoff.max.ms (500) must not be below retry.backoff.ms (1000)")));
        assertThat(ConfigProblems.notBelow(values(), "retry.backoff.ms", "retry.backoff.max.ms")).isEmpty();
    }

    @Test
    void mergeKeepsEveryProblemPerSetting() {
        assertThat(ConfigProblems.merge(Map.of("a", List.of("1")), Map.of("a", List.of("2"), "b", List.of("3"))))
                .containsExactly(Map.entry("a", List.of("1", "2")), Map.entry("b", List.of("3")));
    }

    @Test
    void enforceThrowsEveryProblemAtOnce() {
        Map<String, ConfigValue> values = values();
        ConfigProblems.report(ConfigProblems.notBelow(values, "retry.backoff.max.ms", "retry.backoff.ms"), values);
        values.get("retry.backoff.ms").addErrorMessage("odd");

        assertThatThrownBy(() -> ConfigProblems.enforce("Sage X3 test", values))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Invalid Sage X3 test configuration: ")
                .hasMessageContaining("odd").hasMessageContaining("must not be below");
        ConfigProblems.enforce("Sage X3 test", values());
    }

    @Test
    void addPutsAMessageOnTheNamedSettingAndCleanLooksOnlyAtTheNamedOnes() {
        List<ConfigValue> answer = List.of(new ConfigValue("ups.base.url"), new ConfigValue("ups.client.id"));

        ConfigProblems.add(answer, "ups.base.url", "no UPS token");
        ConfigProblems.add(answer, "not.in.the.answer", "lost");

        assertThat(answer.get(0).errorMessages()).containsExactly("no UPS token");
        assertThat(ConfigProblems.clean(answer, "ups.client.id")).isTrue();
        assertThat(ConfigProblems.clean(answer, "ups.client.id", "ups.base.url")).isFalse();
    }
}
