package dev.x3ups.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkTask;
import org.junit.jupiter.api.Test;

class ConnectorCoreTest {
    private static final ConfigDef DEF = new ConfigDef()
            .define("url", ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    ConfigDef.Importance.HIGH, "where")
            .define("secret", ConfigDef.Type.PASSWORD, null, ConfigDef.Importance.HIGH, "who");

    private final AtomicInteger liveCalls = new AtomicInteger();
    private final ConnectorValidation validation = ConnectorValidation.of(ConnectorValidation.fields(DEF),
            (props, values) -> {
                liveCalls.incrementAndGet();
                if ("refused".equals(props.get("secret"))) {
                    ConfigProblems.add(values, "secret", "the server refused it");
                }
            });

    private static final class Sink extends CoreSinkConnector {
        Sink(ConnectorCore core) {
            super(core);
        }
    }

    private Sink connector(ConnectorCore.TaskSplit split) {
        return new Sink(new ConnectorCore(DEF, SinkTask.class, "1.2.3", props -> {
            if (!props.containsKey("url")) {
                throw new ConfigException("url is required");
            }
        }, split, validation));
    }

    private static List<String> errors(Config config, String name) {
        return config.configValues().stream().filter(v -> v.name().equals(name)).findFirst()
                .map(ConfigValue::errorMessages).orElseThrow();
    }

    @Test
    void theLiveCheckRunsOnlyOnSettingsThatPassedTheLocalChecks() {
        Sink sink = connector(ConnectorCore.TaskSplit.ONE_TASK);

        assertThat(errors(sink.validate(Map.of("url", "")), "url")).isNotEmpty();
        assertThat(liveCalls).hasValue(0);

        assertThat(errors(sink.validate(Map.of("url", "http://x", "secret", "refused")), "secret"))
                .containsExactly("the server refused it");
        assertThat(liveCalls).hasValue(1);
        assertThat(errors(sink.validate(Map.of("url", "http://x", "secret", "good")), "secret")).isEmpty();
    }

    @Test
    void startChecksKeepsAndHandsTheSettingsToTheTasksUntilStopped() {
        Sink one = connector(ConnectorCore.TaskSplit.ONE_TASK);
        assertThatThrownBy(() -> one.start(Map.of())).isInstanceOf(ConfigException.class);
        one.start(Map.of("url", "http://x"));
        assertThat(one.taskConfigs(3)).containsExactly(Map.of("url", "http://x"));
        one.stop();
        assertThatThrownBy(() -> one.taskConfigs(1)).isInstanceOf(IllegalStateException.class);

        Sink split = connector((props, max) -> {
            List<Map<String, String>> tasks = new ArrayList<>();
            for (int i = 0; i < max; i++) {
                tasks.add(Map.of("url", props.get("url"), "index", Integer.toString(i)));
            }
            return tasks;
        });
        split.start(Map.of("url", "http://x"));
        assertThat(split.taskConfigs(2)).extracting(c -> c.get("index")).containsExactly("0", "1");
        Class<? extends Task> taskClass = split.taskClass();
        assertThat(taskClass).isEqualTo(SinkTask.class);
        assertThat(split.version()).isEqualTo("1.2.3");
        assertThat(split.config()).isSameAs(DEF);
    }
}
