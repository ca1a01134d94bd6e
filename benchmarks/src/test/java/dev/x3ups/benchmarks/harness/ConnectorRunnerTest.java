package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.embedded.rest.RestResponse;
import org.junit.jupiter.api.Test;

class ConnectorRunnerTest {

    private static RestResponse status(int code, String json) throws Exception {
        return new RestResponse(code, new ObjectMapper().readTree(json));
    }

    @Test
    void runningOnlyWhenTheConnectorAndEveryTaskRun() throws Exception {
        assertThat(ConnectorRunner.running(status(200,
                "{\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\"}]}"), 1)).isTrue();
        assertThat(ConnectorRunner.running(status(200,
                "{\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[]}"), 1)).isFalse();
        assertThat(ConnectorRunner.running(status(404, "{\"message\":\"not found\"}"), 1)).isFalse();
    }

    @Test
    void aFailedTaskFailsAtOnceWithTheStartOfItsTrace() throws Exception {
        assertThatThrownBy(() -> ConnectorRunner.running(status(200, "{\"connector\":{\"state\":\"RUNNING\"},"
                + "\"tasks\":[{\"id\":0,\"state\":\"FAILED\",\"trace\":\"ConfigException: bad x3.url\\n\\tat a\"}]}"), 1))
                .hasMessageContaining("bad x3.url");
    }
}
