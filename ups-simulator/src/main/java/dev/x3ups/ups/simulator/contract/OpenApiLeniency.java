package dev.x3ups.ups.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Where UPS's OpenAPI files (the copies in {@code src/main/resources/ups-openapi/}) contradict themselves or
 * UPS's own examples, applied in memory before validating. One generic rule and a short list of defects of the
 * spec itself, each quoting its line; nothing else is relaxed.
 * <ul>
 *   <li>Generic: string limits written on arrays ({@code maxLength}/{@code minLength}/{@code pattern}, e.g.
 *       {@code Shipper.Address.AddressLine}, Shipping.yaml L5234–5239 {@code maximum: 3 type: array ... maxLength: 35}) apply to the items, and
 *       {@code maximum} on an array is its maximum number of items; {@code maximum: 1} on objects and strings
 *       (an XML-era occurrence count) is not a numeric limit.</li>
 *   <li>UPSTrackAlert.yaml L709 {@code oneOf: - const: D ...}: {@code const} is not an OpenAPI 3.0 keyword, so a
 *       draft-4 validator ignores it and every branch matches; it is read as the one-value {@code enum} it means.</li>
 *   <li>Shipping.yaml L11237 {@code required: - LabelStockSize} although the field is described as for thermal
 *       labels only and UPS's own GIF example omits it.</li>
 *   <li>Shipping.yaml L13386–13388 {@code LabelRecoveryRequest required: - TrackingNumbers - ReferenceValues}:
 *       {@code TrackingNumbers} is for Roadie 1R numbers only and the {@code TrackingNumber} description allows
 *       {@code ReferenceValues} instead, so one lookup key is enough.</li>
 *   <li>Shipping.yaml L13526–13527 (and the other Label Recovery {@code LabelImageFormat.Code}s)
 *       {@code minLength: 4 maxLength: 4} while listing {@code GIF}, {@code ZPL}: 3 is accepted.</li>
 *   <li>QuantumView.yaml L255–256 {@code RequestAction minLength: 11 maxLength: 11} while its only valid value
 *       is {@code 'QVEvents'} (8 characters).</li>
 *   <li>Rating.yaml L2818–2819 {@code Shipment_Service.Code minLength: 3 maxLength: 3}, yet its own examples and
 *       service list use 2-character codes such as {@code "03"}: 2 is accepted.</li>
 *   <li>Shipping.yaml L12318–12319 {@code BillingWeight.Weight minLength: 8 maxLength: 8} (an XML-era fixed
 *       width); UPS's JSON answers carry plain decimals such as {@code "5.0"} (responses only).</li>
 *   <li>Pickup.yaml L1948–1957 {@code PickupCreationRequest_PickupDateInfo.PickupDate minLength: 4 maxLength: 4}
 *       while its format is {@code yyyyMMdd} (and the rating request's own {@code PickupDate} is 8/8): exactly 8.</li>
 *   <li>Pickup.yaml L2137–2143 {@code PickupCreationRequest_TotalWeight.Weight minLength: 6 maxLength: 6} while it
 *       describes "One decimal digit is allowed. Example: 10.9" and UPS's own creation example sends {@code "5.5"}:
 *       no length limit.</li>
 *   <li>Pickup.yaml L929–940 {@code PickupRateRequest.ServiceDateOption minLength: 1 maxLength: 1} while its values
 *       are {@code 01}, {@code 02}, {@code 03} and UPS's example sends {@code '02'}: 2 is accepted.</li>
 *   <li>Pickup.yaml {@code RateResult} amounts ({@code GrandTotalOfAllCharge} L1291, {@code ChargeAmount} L1358 and
 *       the other money fields, {@code minLength: 8 maxLength: 8}, an XML-era fixed width): plain decimals such as
 *       {@code "9.05"} (responses only).</li>
 *   <li>Not relaxed because not schema-checked, listed so nobody "fixes" the client: Pickup.yaml L246 describes the
 *       cancel header {@code Prn} as "Length 26" although a PRN is 11 characters (L2397–2404); and the pending-status
 *       {@code GET}/rating {@code POST} template {@code /shipments/{version}/pickup/{pickuptype}} (L27) and the cancel
 *       {@code DELETE} template {@code .../pickup/{CancelBy}} (L217) are one template with two variable names,
 *       which path-keyed validators reject; operations are matched by method and path here.</li>
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
        pickupDefects(components.path("schemas"));
        JsonNode action = components.path("schemas").path("QuantumViewRequest_Request").path("properties")
                .path("RequestAction");
        if (action instanceof ObjectNode o) {
            o.remove("minLength");
            o.remove("maxLength");
        }
    }

    private static final Set<String> PICKUP_AMOUNTS = Set.of("TotalTax", "GrandTotalOfAllCharge",
            "PreTaxTotalCharge", "ChargeAmount", "IncentedAmount", "TaxAmount", "MonetaryValue");

    private static void pickupDefects(JsonNode schemas) {
        if (schemas.path("PickupCreationRequest_PickupDateInfo").path("properties").path("PickupDate")
                instanceof ObjectNode date && date.path("maxLength").asInt() == 4) {
            date.put("minLength", 8);
            date.put("maxLength", 8);
        }
        if (schemas.path("PickupCreationRequest_TotalWeight").path("properties").path("Weight")
                instanceof ObjectNode weight) {
            weight.remove("minLength");
            weight.remove("maxLength");
        }
        if (schemas.path("PickupRateRequest").path("properties").path("ServiceDateOption")
                instanceof ObjectNode option && option.path("maxLength").asInt() == 1) {
            option.put("maxLength", 2);
        }
        for (String name : List.of("PickupRateResponse_RateResult", "PickupCreationResponse_RateResult",
                "RateResult_ChargeDetail", "RateResult_TaxCharges")) {
            schemas.path(name).path("properties").properties().forEach(field -> {
                if (PICKUP_AMOUNTS.contains(field.getKey()) && field.getValue() instanceof ObjectNode amount) {
                    amount.remove("minLength");
                }
            });
        }
    }

    private static void relax(ObjectNode schema) {
        if (schema.has("const") && !schema.has("enum")) {
            schema.putArray("enum").add(schema.remove("const"));
        }
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
