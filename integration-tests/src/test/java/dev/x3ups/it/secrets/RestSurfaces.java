package dev.x3ups.it.secrets;

import dev.x3ups.embedded.rest.ConnectRestClient;
import dev.x3ups.embedded.rest.RestResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every Connect REST answer that can carry a connector's config or an error it raised: the cluster-wide
 * listings, and per connector its info, config, status, tasks, each task's status, offsets and topics.
 * Bodies are kept whole, whatever the status, so an error answer is scanned too.
 */
final class RestSurfaces {

    private final ConnectRestClient rest;

    RestSurfaces(ConnectRestClient rest) {
        this.rest = rest;
    }

    /** Surface name {@code GET <path>} to the body, for the cluster listings and each connector. */
    Map<String, String> read(Map<String, Integer> tasksByConnector) {
        Map<String, String> surfaces = new LinkedHashMap<>();
        get(surfaces, "connectors?expand=info&expand=status");
        get(surfaces, "connectors");
        get(surfaces, "connector-plugins?connectorsOnly=false");
        tasksByConnector.forEach((connector, tasks) -> {
            String base = "connectors/" + URLEncoder.encode(connector, StandardCharsets.UTF_8);
            for (String path : new String[] {"", "/config", "/status", "/tasks", "/offsets", "/topics"}) {
                get(surfaces, base + path);
            }
            for (int task = 0; task < tasks; task++) {
                get(surfaces, base + "/tasks/" + task + "/status");
            }
        });
        return surfaces;
    }

    /** {@code PUT /connector-plugins/{class}/config/validate} with {@code config}, under the given surface name. */
    String validate(String connectorClass, Map<String, String> config) {
        RestResponse response = rest.validate(connectorClass, config);
        if (response.status() != 200) {
            throw new IllegalStateException("validate of " + connectorClass + " answered " + response);
        }
        return response.body().toString();
    }

    private void get(Map<String, String> surfaces, String path) {
        RestResponse response = rest.send("GET", path, null);
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response);
        }
        surfaces.put("GET /" + path, response.body().toString());
    }
}
