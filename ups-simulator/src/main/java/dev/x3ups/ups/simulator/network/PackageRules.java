package dev.x3ups.ups.simulator.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import java.math.BigDecimal;
import java.util.Optional;

/** Weight and dimension checks shared by Ship and Rate (codes 1206xx; 9370246 for a bad weight unit). */
public final class PackageRules {
    static final BigDecimal MAX_LBS = new BigDecimal("150");
    static final BigDecimal MAX_KGS = new BigDecimal("70");
    static final BigDecimal MAX_OZS = new BigDecimal("2400");

    private PackageRules() {
    }

    public static Optional<ValidationError> checkWeight(JsonNode pkg, int index) {
        JsonNode weight = pkg.get("PackageWeight");
        if (weight == null || !weight.isObject()) {
            return Optional.of(new ValidationError("120603", "Missing or invalid package weight for package " + index));
        }
        String unit = Json.text(weight.get("UnitOfMeasurement"), "Code");
        if (unit == null || !(unit.equals("LBS") || unit.equals("KGS") || unit.equals("OZS"))) {
            return Optional.of(new ValidationError("9370246",
                    "Missing or invalid unit of measurement for package weight; expected LBS, KGS or OZS"));
        }
        String value = Json.text(weight, "Weight");
        BigDecimal w;
        try {
            w = value == null || value.length() > 5 ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            w = null;
        }
        if (w == null || w.signum() <= 0) {
            return Optional.of(new ValidationError("120603", "Missing or invalid package weight for package " + index));
        }
        BigDecimal max = switch (unit) {
            case "KGS" -> MAX_KGS;
            case "OZS" -> MAX_OZS;
            default -> MAX_LBS;
        };
        if (w.compareTo(max) > 0) {
            return Optional.of(new ValidationError("120604",
                    "The maximum per package weight for the selected service is " + max.toPlainString() + " " + unit));
        }
        return checkDimensions(pkg.get("Dimensions"), index);
    }

    private static Optional<ValidationError> checkDimensions(JsonNode dims, int index) {
        if (dims == null || dims.isNull()) {
            return Optional.empty();
        }
        String unit = Json.text(dims.get("UnitOfMeasurement"), "Code");
        Double l = number(dims, "Length");
        Double w = number(dims, "Width");
        Double h = number(dims, "Height");
        if (unit == null || !(unit.equals("IN") || unit.equals("CM")) || l == null || w == null || h == null
                || l <= 0 || w <= 0 || h <= 0) {
            return Optional.of(new ValidationError("120609", "Missing or invalid package dimensions for package " + index));
        }
        double longest = Math.max(l, Math.max(w, h));
        double girth = l + w + h - longest;
        double maxLength = unit.equals("IN") ? 108 : 270;
        double maxSize = unit.equals("IN") ? 165 : 330;
        if (longest > maxLength || longest + 2 * girth > maxSize) {
            return Optional.of(new ValidationError("120610",
                    "Package " + index + " exceeds the maximum size: length + girth must not exceed " + (int) maxSize + " " + unit));
        }
        return Optional.empty();
    }

    private static Double number(JsonNode node, String field) {
        try {
            String t = Json.text(node, field);
            return t == null ? null : Double.valueOf(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
