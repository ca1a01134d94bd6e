package dev.x3ups.it.source;

import static dev.x3ups.it.source.X3SourceScenarios.GRAPHQL_SALES_QUERIES;
import static dev.x3ups.it.source.X3SourceScenarios.SALES_QUERIES;
import static dev.x3ups.it.source.X3SourceScenarios.assertEachOnce;
import static dev.x3ups.it.source.X3SourceScenarios.createSales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.x3ups.embedded.rest.RestResponse;
import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.fault.Throttle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Operating the source: re-sync through the offsets API, validation, and X3 faults it must ride out. */
@ConnectIT
class X3SourceOperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode offsetsBody(Map<String, ?> partition, Map<String, ?> offset) {
        return JSON.valueToTree(Map.of("offsets", List.of(Map.of("partition", partition, "offset", offset))));
    }

    private static void assertTaskRunning(SourceRun run) {
        JsonNode status = run.rest().status(run.connector).orThrow();
        assertThat(status.path("tasks")).allSatisfy(t -> assertThat(t.path("state").asText()).isEqualTo("RUNNING"));
    }

    @Test
    void patchingOffsetsResyncsFromATimestampAndRejectsMalformedOffsets(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> early = createSales(run, 3);
            run.x3.clock().advance(Duration.ofMinutes(10));
            Instant resyncFrom = run.x3.clock().now();
            List<String> late = createSales(run, 2);
            Map<String, String> config = run.restConfig();
            config.put("x3.entities", "SALES");
            run.create(config, 1);
            List<String> all = new ArrayList<>(early);
            all.addAll(late);
            run.awaitKeys(all);
            // Stop only once the last offset is committed, so the stopping task has nothing left to
            // flush over the offsets written below.
            String lastKey = late.get(late.size() - 1);
            await("last offset committed").atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(run.rest().offsets(run.connector).body().toString()).contains(lastKey));

            run.rest().stop(run.connector).orThrow();
            ConnectorAwait.untilState(run.rest(), run.connector, "STOPPED", 0);
            // As GET /connectors/{name}/offsets shows it: Connect compares partitions byte for byte.
            Map<String, String> partition = new LinkedHashMap<>();
            partition.put("folder", "SEED");
            partition.put("entity", "SALES");
            assertThat(run.rest().offsets(run.connector).orThrow().path("offsets").get(0).path("partition").toString())
                    .isEqualTo(JSON.valueToTree(partition).toString());

            RestResponse malformed = run.rest().alterOffsets(run.connector,
                    offsetsBody(partition, Map.of("timestamp", "yesterday", "key", "")));
            assertThat(malformed.isSuccess()).isFalse();
            assertThat(malformed.message()).contains("'timestamp' is not an ISO-8601 UTC instant");
            RestResponse wrongEntity = run.rest().alterOffsets(run.connector,
                    offsetsBody(Map.of("folder", "SEED", "entity", "INVOICE"), Map.of("timestamp", resyncFrom.toString())));
            assertThat(wrongEntity.message()).contains("'entity' must be one of [SALES, PURCHASE]");

            run.rest().alterOffsets(run.connector,
                    offsetsBody(partition, Map.of("timestamp", resyncFrom.toString(), "key", ""))).orThrow();
            run.rest().resume(run.connector).orThrow();
            ConnectorAwait.untilRunning(run.rest(), run.connector, 1);

            await().atMost(Duration.ofSeconds(60)).until(() -> run.seen().size() == all.size() + late.size());
            run.awaitMoreQueries(SALES_QUERIES, 2);
            Map<String, Long> counts = run.seen().stream()
                    .collect(Collectors.groupingBy(SourceRun.Seen::key, Collectors.counting()));
            early.forEach(k -> assertThat(counts.get(k)).as(k).isEqualTo(1L));
            late.forEach(k -> assertThat(counts.get(k)).as(k).isEqualTo(2L));
        }
    }

    @Test
    void validateReportsAWrongPasswordOnThePasswordField(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            Map<String, String> config = run.restConfig();
            config.put("name", run.connector);
            config.put("x3.password", "not-the-password");

            JsonNode answer = run.rest().validate(SourceRun.CONNECTOR_CLASS, config).orThrow();

            assertThat(errorsOf(answer, "x3.password")).singleElement().asString().contains("X3 refused the credentials");
            assertThat(errorsOf(answer, "x3.url")).isEmpty();
            assertThat(answer.toString()).doesNotContain("not-the-password");

            config.put("x3.password", X3Simulator.DEFAULT_PASSWORD);
            JsonNode valid = run.rest().validate(SourceRun.CONNECTOR_CLASS, config).orThrow();
            assertThat(allErrors(valid)).isEmpty();
            assertThat(valid.path("error_count").asInt()).isZero();
        }
    }

    @Test
    void validateReportsAnUnreachableServerOnTheUrl(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            Map<String, String> config = run.restConfig();
            run.x3.close();

            JsonNode answer = run.rest().validate(SourceRun.CONNECTOR_CLASS, config).orThrow();

            assertThat(errorsOf(answer, "x3.url")).singleElement().asString().contains("X3 at " + run.x3.baseUrl());
        }
    }

    private static List<String> allErrors(JsonNode validation) {
        List<String> errors = new ArrayList<>();
        for (JsonNode config : validation.path("configs")) {
            config.path("value").path("errors")
                    .forEach(e -> errors.add(config.path("value").path("name").asText() + ": " + e.asText()));
        }
        return errors;
    }

    private static List<String> errorsOf(JsonNode validation, String key) {
        for (JsonNode config : validation.path("configs")) {
            if (config.path("value").path("name").asText().equals(key)) {
                List<String> errors = new ArrayList<>();
                config.path("value").path("errors").forEach(e -> errors.add(e.asText()));
                return errors;
            }
        }
        throw new AssertionError("no " + key + " in the validation answer");
    }

    @Test
    void serverErrorsAndDiagnosesInA200AreRiddenOut(ConnectCluster cluster, TestNames names, CapturedLog log) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = createSales(run, 12);
            run.x3.faults().errorRate(0.2).diagnosesRate(0.2);
            Map<String, String> config = run.restConfig();
            config.put("x3.entities", "SALES");
            config.put("page.size", "4");
            config.put("retry.ambiguous.attempts", "30");
            run.create(config, 1);

            run.awaitKeys(keys);
            assertThat(run.x3.counters().get("fault.error") + run.x3.counters().get("fault.diagnoses")).isPositive();
            run.x3.faults().clear();
            run.awaitMoreQueries(SALES_QUERIES, 2);

            assertEachOnce(run, keys);
            assertTaskRunning(run);
            // what happened is logged: a failed page read, or a details read being retried
            assertThat(log.text()).containsAnyOf("Reading sales orders of X3 folder SEED failed",
                            "details read failed transiently")
                    .doesNotContain(X3Simulator.DEFAULT_PASSWORD);
        }
    }

    @Test
    void licenceThrottlingIsWaitedOut(ConnectCluster cluster, TestNames names) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = createSales(run, 4);
            run.x3.faults().throttle(new Throttle(3, 1, 10));
            Map<String, String> config = run.restConfig();
            config.put("x3.entities", "SALES");
            run.create(config, 1);

            await().atMost(Duration.ofSeconds(30)).until(() -> run.x3.counters().get("fault.throttled") > 2);
            assertTaskRunning(run);
            run.x3.faults().clear();

            run.awaitKeys(keys);
            run.awaitMoreQueries(SALES_QUERIES, 2);
            assertEachOnce(run, keys);
            assertTaskRunning(run);
        }
    }

    @Test
    void tokenExpiryMidRunIsRecoveredFrom(ConnectCluster cluster, TestNames names, CapturedLog log) {
        try (SourceRun run = SourceRun.start(cluster, names)) {
            List<String> keys = new ArrayList<>(createSales(run, 3));
            Map<String, String> config = run.graphQlConfig();
            config.put("x3.entities", "SALES");
            run.create(config, 1);
            run.awaitKeys(keys);

            run.x3.expireAllTokens();
            run.x3.clock().advance(Duration.ofSeconds(5));
            keys.addAll(createSales(run, 2));

            run.awaitKeys(keys);
            run.awaitMoreQueries(GRAPHQL_SALES_QUERIES, 2);
            assertEachOnce(run, keys);
            assertTaskRunning(run);
            assertThat(log.text()).doesNotContain(X3Simulator.DEFAULT_APP_SECRET);
        }
    }
}
