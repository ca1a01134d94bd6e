package dev.x3ups.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The one shape of every connector's {@code validate()}: local checks first (each field, then the rules that span
 * fields; no network), then — only when those found nothing — a live check ("will this work?") that reports what
 * went wrong on the setting the operator has to change.
 */
public final class ConnectorValidation {

    /** Field and cross-field checks, without calling anything: every setting's value with its problems. */
    @FunctionalInterface
    public interface LocalChecks {
        List<ConfigValue> check(Map<String, String> props);
    }

    /**
     * A call to the outside world with the parsed settings; adds problems to the values of the settings to blame.
     * Runs only on settings that passed the local checks.
     */
    @FunctionalInterface
    public interface LiveCheck {
        void check(Map<String, String> props, List<ConfigValue> values);

        /** Nothing to try. */
        LiveCheck NONE = (props, values) -> { };

        /** A live check that answers with problems by setting name. */
        static LiveCheck reporting(Function<Map<String, String>, Map<String, List<String>>> problems) {
            return (props, values) -> ConfigProblems.report(problems.apply(props), byName(values));
        }
    }

    private final LocalChecks local;
    private final LiveCheck live;

    private ConnectorValidation(LocalChecks local, LiveCheck live) {
        this.local = local;
        this.live = live;
    }

    public static ConnectorValidation of(LocalChecks local, LiveCheck live) {
        return new ConnectorValidation(local, live);
    }

    /** Local checks that are the definition's own validators only. */
    public static LocalChecks fields(ConfigDef definition) {
        return definition::validate;
    }

    /** What {@code Connector.validate} answers. */
    public Config validate(Map<String, String> props) {
        List<ConfigValue> values = new ArrayList<>(local.check(props));
        if (values.stream().allMatch(v -> v.errorMessages().isEmpty())) {
            live.check(props, values);
        }
        return new Config(values);
    }

    /** The values by setting name; the first wins when a name repeats. */
    public static Map<String, ConfigValue> byName(List<ConfigValue> values) {
        return values.stream().collect(Collectors.toMap(ConfigValue::name, Function.identity(), (a, b) -> a));
    }
}
