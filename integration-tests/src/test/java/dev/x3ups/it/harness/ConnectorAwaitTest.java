package dev.x3ups.it.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.embedded.rest.RestResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorAwaitTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void runningMeansConnectorAndEveryExpectedTaskRunning() throws Exception {
        assertThat(ConnectorAwait.inState(status(200, "RUNNING", "RUNNING", "RUNNING"), "RUNNING", 2)).isTrue();
        assertThat(ConnectorAwait.inState(status(200, "RUNNING", "RUNNING"), "RUNNING", 2)).isFalse();
        assertThat(ConnectorAwait.inState(status(200, "RUNNING", "RUNNING", "UNASSIGNED"), "RUNNING", 2)).isFalse();
        assertThat(ConnectorAwait.inState(status(200, "PAUSED", "RUNNING"), "RUNNING", 1)).isFalse();
        assertThat(ConnectorAwait.inState(status(404, "RUNNING"), "RUNNING", 0)).isFalse();
    }

    @Test
    void stoppedConnectorHasNoTasks() throws Exception {
        assertThat(ConnectorAwait.inState(status(200, "STOPPED"), "STOPPED", 0)).isTrue();
    }

    @Test
    void anyFailedTaskIsNoticed() throws Exception {
        assertThat(ConnectorAwait.anyTaskFailed(status(200, "RUNNING", "RUNNING", "FAILED"))).isTrue();
        assertThat(ConnectorAwait.anyTaskFailed(status(200, "RUNNING", "RUNNING"))).isFalse();
    }

    private RestResponse status(int code, String connector, String... tasks) throws Exception {
        StringBuilder body = new StringBuilder("{\"name\":\"c\",\"connector\":{\"state\":\"" + connector + "\"},\"tasks\":[");
        for (int i = 0; i < tasks.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"state\":\"").append(tasks[i]).append("\"}");
        }
        return new RestResponse(code, json.readTree(body.append("]}").toString()));
    }
}
