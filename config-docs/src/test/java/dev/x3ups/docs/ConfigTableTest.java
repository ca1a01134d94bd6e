package dev.x3ups.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.junit.jupiter.api.Test;

class ConfigTableTest {

    private static final ConfigDef DEF = new ConfigDef()
            .define("x3.url", Type.STRING, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH, "Base URL | of X3.",
                    "Connection", 1, Width.LONG, "X3 URL")
            .define("x3.password", Type.PASSWORD, "s3cret", Importance.HIGH, "Password.", "Connection", 2,
                    Width.MEDIUM, "Password")
            .define("poll.interval.ms", Type.LONG, 5000L, ConfigDef.Range.atLeast(100), Importance.MEDIUM,
                    "How often\nto poll.", "Polling", 1, Width.SHORT, "Poll interval");

    @Test
    void rendersGroupsRequiredKeysAndRanges() {
        String table = ConfigTable.render(DEF);

        assertThat(table).startsWith("**Connection**\n\n| key |").contains("\n**Polling**\n\n| key |")
                .contains("| `x3.url` | string | *required* |")
                .contains("Base URL \\| of X3.")
                .contains("| `poll.interval.ms` | long | `5000` | [100,...] | medium | How often to poll. |");
    }

    @Test
    void leavesInternalKeysOut() {
        ConfigDef def = new ConfigDef()
                .define("topic", Type.STRING, "t", Importance.HIGH, "Topic.", "Topics", 1, Width.MEDIUM, "Topic")
                .defineInternal("task.index", Type.INT, 0, Importance.LOW);

        assertThat(ConfigTable.render(def)).contains("`topic`").doesNotContain("task.index").doesNotContain("****");
    }

    @Test
    void neverPrintsAPasswordDefault() {
        assertThat(ConfigTable.render(DEF)).contains("| `x3.password` | password | [hidden] |").doesNotContain("s3cret");
    }

    @Test
    void replacesOnlyTheMarkedSection() {
        String readme = "intro\n<!-- config:demo -->\nold table\n<!-- /config:demo -->\nouter";

        String regenerated = new ReadmeConfigSections(Map.of("demo", DEF)).regenerate(readme);

        assertThat(regenerated).startsWith("intro\n<!-- config:demo -->\n**Connection**").endsWith("<!-- /config:demo -->\nouter")
                .doesNotContain("old table");
    }

    @Test
    void missingSectionIsAnError() {
        assertThatThrownBy(() -> new ReadmeConfigSections(Map.of("demo", DEF)).regenerate("no markers"))
                .hasMessageContaining("config:demo");
    }
}
