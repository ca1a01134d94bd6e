package dev.x3ups.compat;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.kafka.FreePort;
import dev.x3ups.embedded.rest.RestResponse;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.alert.WebhookDestination;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.admin.GeneratedOrders;
import dev.x3ups.x3.simulator.admin.GeneratorRequest;
import dev.x3ups.x3.simulator.admin.X3Admin;
import dev.x3ups.x3.simulator.data.OrderRecord;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What "the archive works on this worker" means: the four connectors created through the worker's REST API
 * are RUNNING with their tasks, and a few dozen X3 orders are shipped with UPS and have their status written
 * back to X3. Every failure is an {@link AssertionError} saying which step failed and where the worker log is.
 */
final class PipelineCheck {
    static final int ORDERS = 24;

    private final KafkaRuntime kafka;
    private final ForkedConnectWorker worker;
    private final String bootstrap;
    private final Simulators simulators;

    PipelineCheck(KafkaRuntime kafka, ForkedConnectWorker worker, String bootstrap, Simulators simulators) {
        this.kafka = kafka;
        this.worker = worker;
        this.bootstrap = bootstrap;
        this.simulators = simulators;
    }

    /** Runs the check; {@code whileRunning} gets to look at the worker while the connectors still run. */
    void run(Runnable whileRunning) {
        X3Simulator x3 = simulators.x3();
        UpsSimulator ups = simulators.ups();
        CompatPipeline pipeline = new CompatPipeline(x3.baseUrl(), ups.baseUrl(), bootstrap, FreePort.find());
        ups.trackAlert().registerWebhook(CompatPipeline.UPS_CLIENT_ID, WebhookDestination.oauth(
                pipeline.webhookUrl(), pipeline.webhookTokenUrl(), CompatPipeline.HOOK_CLIENT_ID,
                CompatPipeline.HOOK_SECRET));
        try {
            createConnectors(pipeline.connectors());
            awaitRunning(pipeline.connectors().keySet());
            int shippedBefore = ups.shipments().size(); // the simulators outlive one version's check
            List<String> orders = enterOrders(x3.admin(CompatPipeline.FOLDER), kafka.version().hashCode());
            awaitShipped(ups, shippedBefore + orders.size(), orders.size());
            awaitWrittenBack(x3, orders);
            whileRunning.run();
        } finally {
            // before the next version's worker, so no task of this one retries against it
            pipeline.connectors().keySet().forEach(name -> quietly(() -> worker.rest().deleteConnector(name)));
        }
    }

    private void createConnectors(Map<String, Map<String, String>> connectors) {
        for (Map.Entry<String, Map<String, String>> c : connectors.entrySet()) {
            RestResponse created = worker.rest().createConnector(c.getKey(), c.getValue());
            if (!created.isSuccess()) {
                throw new AssertionError(kafka + ": the worker refused connector " + c.getKey() + " ("
                        + c.getValue().get("connector.class") + "): HTTP " + created.status() + " "
                        + created.message() + "; worker log " + worker.log());
            }
        }
    }

    private void awaitRunning(Set<String> names) {
        try {
            await(kafka + ": four connectors and their tasks RUNNING").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        worker.assertAlive();
                        return names.stream().allMatch(this::running);
                    });
        } catch (ConditionTimeoutException e) {
            String states = names.stream().map(n -> n + " " + describe(worker.rest().status(n)))
                    .collect(Collectors.joining("; "));
            throw new AssertionError(kafka + ": not every connector RUNNING with its tasks: " + states
                    + "; worker log " + worker.log(), e);
        }
    }

    private boolean running(String name) {
        RestResponse status = worker.rest().status(name);
        if (!status.isSuccess()) {
            return false;
        }
        JsonNode body = status.body();
        JsonNode tasks = body.path("tasks");
        boolean tasksRunning = tasks.size() > 0;
        for (JsonNode task : tasks) {
            tasksRunning &= "RUNNING".equals(task.path("state").asText());
        }
        return "RUNNING".equals(body.path("connector").path("state").asText()) && tasksRunning;
    }

    /** Connector and task states, with the first line of a failed task's trace. */
    private static String describe(RestResponse status) {
        if (!status.isSuccess()) {
            return "HTTP " + status.status() + " " + status.message();
        }
        JsonNode body = status.body();
        List<String> parts = new ArrayList<>();
        parts.add("connector " + body.path("connector").path("state").asText());
        for (JsonNode task : body.path("tasks")) {
            String trace = task.path("trace").asText("");
            parts.add("task " + task.path("id").asText() + " " + task.path("state").asText()
                    + (trace.isEmpty() ? "" : " (" + trace.lines().findFirst().orElse("") + ")"));
        }
        return String.join(", ", parts);
    }

    /** Sales orders of the simulator's generator, all good, every one given to UPS with a service its lane has. */
    private static List<String> enterOrders(X3Admin admin, long seed) {
        GeneratedOrders made = admin.generate(new GeneratorRequest(ORDERS, 0, 0.0, seed));
        for (String number : made.sales()) {
            OrderRecord order = admin.salesOrder(number).orElseThrow();
            String from = admin.folder().master().site(order.text("STOFCY")).orElseThrow().address().country();
            admin.modifySalesOrder(number, Map.of("BPTNUM", "UPS", "MDL", service(from, order.text("BPDCRY"))));
        }
        return made.sales();
    }

    private static String service(String from, String to) {
        if (from.equals("US") && to.equals("US")) {
            return "UGND";
        }
        Set<String> northAmerica = Set.of("US", "CA");
        return northAmerica.contains(from) && northAmerica.contains(to) ? "USTD" : "UWEX";
    }

    private void awaitShipped(UpsSimulator ups, int shipments, int orders) {
        try {
            await(kafka + ": orders shipped with UPS").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        worker.assertAlive();
                        return ups.shipments().size() >= shipments;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(kafka + ": UPS holds " + (ups.shipments().size() - shipments + orders)
                    + " new shipments for " + orders + " orders; worker log " + worker.log(), e);
        }
    }

    private void awaitWrittenBack(X3Simulator x3, List<String> orders) {
        X3Admin admin = x3.admin(CompatPipeline.FOLDER);
        try {
            await(kafka + ": tracking status written back to X3").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        worker.assertAlive();
                        return withStatus(admin, orders).size() == orders.size();
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(kafka + ": X3 holds a tracking status for " + withStatus(admin, orders).size()
                    + " of " + orders.size() + " orders; worker log " + worker.log(), e);
        }
    }

    private static Set<String> withStatus(X3Admin admin, List<String> orders) {
        Set<String> wanted = Set.copyOf(orders);
        return admin.writeBacks().stream().filter(row -> wanted.contains(row.orderNumber()))
                .filter(PipelineCheck::hasStatus).map(TrackingRecord::orderNumber).collect(Collectors.toSet());
    }

    private static boolean hasStatus(TrackingRecord row) {
        Object status = row.get("YSTACOD");
        return status != null && !String.valueOf(status).isBlank();
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // the worker is going away anyway
        }
    }

    static Path pluginPath() {
        return Path.of(System.getProperty("x3ups.plugin.path", "../../distribution/target/plugin"));
    }
}
