package dev.x3ups.x3.simulator.api1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.simulator.http.Json;
import dev.x3ups.x3.simulator.http.SimResponse;

/** SData {@code $diagnoses} bodies as X3 sends them. */
public final class Diagnoses {

    private Diagnoses() {
    }

    public static String body(String severity, String sdataCode, String applicationCode, String message,
                              String payloadPath) {
        ObjectNode d = Json.object();
        d.put("$severity", severity);
        if (sdataCode != null) {
            d.put("$sdataCode", sdataCode);
        }
        if (applicationCode != null) {
            d.put("$applicationCode", applicationCode);
        }
        d.put("$message", message);
        if (payloadPath != null) {
            d.put("$payloadPath", payloadPath);
        }
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("$diagnoses");
        list.add(d);
        return Json.write(root);
    }

    public static SimResponse error(int status, String sdataCode, String message) {
        return SimResponse.json(status, body("error", sdataCode, null, message, null));
    }

    public static SimResponse error(int status, String sdataCode, String message, String payloadPath) {
        return SimResponse.json(status, body("error", sdataCode, null, message, payloadPath));
    }

    public static SimResponse recordNotFound() {
        return SimResponse.json(404, body("error", "ResourceNotFound", "721", "721 : Record does not exist", null));
    }
}
