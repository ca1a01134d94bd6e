package dev.x3ups.x3.client.connect;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The parsed settings of a connector whose definition includes the X3 connection fragment. */
public abstract class X3ConnectorConfig extends AbstractConfig {

    protected X3ConnectorConfig(ConfigDef definition, Map<String, String> props) {
        super(definition, props);
    }

    /** {@code x3.url} without a trailing slash. */
    public String url() {
        return X3ConnectionConfig.url(this);
    }

    public String endpoint() {
        return X3ConnectionConfig.endpoint(this);
    }

    public AuthMode authMode() {
        return X3ConnectionConfig.authMode(this);
    }
}
