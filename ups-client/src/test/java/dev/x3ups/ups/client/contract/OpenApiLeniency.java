package dev.x3ups.ups.client.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The documented leniencies (BUILD-NOTES.md, ups-api.md §3.1, §4, §11) applied in memory to UPS's schemas:
 * <ul>
 *   <li>string limits written on arrays ({@code maxLength}/{@code minLength}/{@code pattern}, e.g. {@code AddressLine})
 *       apply to the items, and {@code maximum} on an array is its maximum number of items;</li>
 *   <li>over-requirements are dropped: {@code LabelStockSize} (Ship, also for GIF), {@code RequestOption} in the
 *       Rate body (it lives in the path);</li>
 *   <li>Label Recovery requires both {@code TrackingNumbers} (Roadie only) and {@code ReferenceValues}; one lookup
 *       key is enough (ups-api.md §3.4, §11).</li>
 *   <li>Label Recovery's {@code LabelImageFormat.Code} fields declare length 4 while listing {@code GIF}, {@code ZPL}
 *       as their values: 3 is accepted.</li>
 *   <li>Quantum View's {@code RequestAction} declares length 11 but its only valid value is {@code QVEvents}.</li>
 *   <li>Rating's {@code Shipment.Service.Code} declares length 3, yet its own examples and the service list use
 *       2-character codes such as {@code "03"}: 2 is accepted.</li>
 *   <li>{@code BillingWeight.Weight} declares a fixed length of 8 (an XML-era artifact); UPS's JSON answers carry
 *       plain decimals such as {@code "5.0"}. Not yet in ups-api.md: an assumption, reported.</li>
 * </ul>
 */
final class OpenApiLeniency {
    private static final Set<String> ITEM_KEYWORDS = Set.of("maxLength", "minLength", "pattern");
    private static final Set<String> OVER_REQUIRED = Set.of("LabelStockSize");

    private OpenApiLeniency() {
    }

    static void apply(JsonNode node) {
        if (node instanceof ObjectNode object) {
            relax(object);
            List<JsonNode> children = new ArrayList<>();
            object.properties().forEach(e -> children.add(e.getValue()));
            children.forEach(OpenApiLeniency::apply);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiLeniency::apply);
        }
    }

    /** Spec-specific fixes that a generic rule cannot express. */
    static void applyKnownDefects(JsonNode components) {
        JsonNode rateRequest = components.path("schemas").path("RateRequest_Request");
        if (rateRequest instanceof ObjectNode o) {
            removeRequired(o, "RequestOption");
        }
        components.path("schemas").properties().forEach(schema -> {
            if (schema.getKey().endsWith("BillingWeight")
                    && schema.getValue().path("properties").path("Weight") instanceof ObjectNode weight) {
                weight.remove("minLength");
                weight.remove("maxLength");
            }
        });
        JsonNode labelRecovery = components.path("schemas").path("LabelRecoveryRequest");
        if (labelRecovery instanceof ObjectNode o) {
            removeRequired(o, "TrackingNumbers");
            removeRequired(o, "ReferenceValues");
        }
        components.path("schemas").properties().forEach(schema -> {
            if (schema.getKey().endsWith("LabelImageFormat")
                    && schema.getValue().path("properties").path("Code") instanceof ObjectNode code
                    && code.path("minLength").asInt() == 4) {
                code.put("minLength", 3);
            }
        });
        JsonNode rateService = components.path("schemas").path("Shipment_Service").path("properties").path("Code");
        if (rateService instanceof ObjectNode code && code.path("minLength").asInt() == 3) {
            code.put("minLength", 2);
        }
        JsonNode action = components.path("schemas").path("QuantumViewRequest_Request").path("properties")
                .path("RequestAction");
        if (action instanceof ObjectNode o) {
            o.remove("minLength");
            o.remove("maxLength");
        }
    }

    private static void relax(ObjectNode schema) {
        if ("array".equals(schema.path("type").asText())) {
            ObjectNode constraints = schema.objectNode();
            for (String keyword : ITEM_KEYWORDS) {
                if (schema.has(keyword)) {
                    constraints.set(keyword, schema.remove(keyword));
                }
            }
            if (schema.has("maximum")) {
                JsonNode max = schema.remove("maximum");
                if (max.canConvertToInt() && !schema.has("maxItems")) {
                    schema.put("maxItems", max.asInt());
                }
            }
            schema.remove("minimum");
            if (!constraints.isEmpty()) {
                JsonNode items = schema.path("items");
                ObjectNode combined = schema.objectNode();
                ArrayNode allOf = combined.putArray("allOf");
                if (items.isObject()) {
                    allOf.add(items);
                }
                allOf.add(constraints);
                schema.set("items", combined);
            }
        }
        JsonNode required = schema.get("required");
        if (required instanceof ArrayNode) {
            OVER_REQUIRED.forEach(name -> removeRequired(schema, name));
        }
    }

    private static void removeRequired(ObjectNode schema, String name) {
        JsonNode required = schema.get("required");
        if (required instanceof ArrayNode array) {
            Iterator<JsonNode> it = array.iterator();
            while (it.hasNext()) {
                if (name.equals(it.next().asText())) {
                    it.remove();
                }
            }
            if (array.isEmpty()) {
                schema.remove("required");
            }
        }
    }
}
