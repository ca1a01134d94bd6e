package dev.x3ups.x3.client.connect;

import dev.x3ups.connect.ConfigProblems;
import dev.x3ups.connect.ConnectorValidation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The checks of an X3 connector that span settings: the shared connection checks, the retry backoff
 * bounds and the connector's own rule, each problem reported on the setting the operator has to change.
 */
public final class X3CrossFieldChecks {

    private final String connector;
    private final ConfigDef definition;
    private final String backoffMs;
    private final String backoffMaxMs;
    private final Function<Map<String, ConfigValue>, Map<String, List<String>>> connectorRule;

    /**
     * @param connector     names the connector in the exception of {@link #enforce}
     * @param backoffMs     the retry backoff setting, which {@code backoffMaxMs} must not be below
     * @param connectorRule problems of the connector's own settings, by setting
     */
    public X3CrossFieldChecks(String connector, ConfigDef definition, String backoffMs, String backoffMaxMs,
                              Function<Map<String, ConfigValue>, Map<String, List<String>>> connectorRule) {
        this.connector = connector;
        this.definition = definition;
        this.backoffMs = backoffMs;
        this.backoffMaxMs = backoffMaxMs;
        this.connectorRule = connectorRule;
    }

    /** Adds error messages to {@code values} (as returned by {@code ConfigDef.validateAll}). */
    public void check(Map<String, ConfigValue> values) {
        Map<String, List<String>> problems = ConfigProblems.merge(X3ConnectionConfig.check(values),
                connectorRule.apply(values));
        problems = ConfigProblems.merge(problems, ConfigProblems.notBelow(values, backoffMaxMs, backoffMs));
        ConfigProblems.report(problems, values);
    }

    /** The local checks of {@code validate()}: each field, then these rules. */
    public ConnectorValidation.LocalChecks localChecks() {
        return props -> {
            List<ConfigValue> values = definition.validate(props);
            check(ConnectorValidation.byName(values));
            return values;
        };
    }

    /** Validates raw properties and throws every problem at once, for {@code Connector.start}. */
    public void enforce(Map<String, String> props) {
        Map<String, ConfigValue> values = definition.validateAll(props);
        check(values);
        ConfigProblems.enforce(connector, values);
    }
}
