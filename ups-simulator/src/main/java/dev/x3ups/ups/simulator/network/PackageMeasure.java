package dev.x3ups.ups.simulator.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.ups.simulator.http.Json;
import java.math.BigDecimal;

/** Weight and optional dimensions of one package, read from Ship or Rate request JSON. */
public record PackageMeasure(BigDecimal weight, String weightUnit, double length, double width, double height,
                             String dimensionUnit) {

    /** Reads a package that {@link PackageRules} accepted. */
    public static PackageMeasure from(JsonNode pkg) {
        JsonNode w = pkg.get("PackageWeight");
        JsonNode d = pkg.get("Dimensions");
        if (d == null || d.isNull()) {
            return new PackageMeasure(new BigDecimal(Json.text(w, "Weight").trim()),
                    Json.text(w.get("UnitOfMeasurement"), "Code"), 0, 0, 0, null);
        }
        return new PackageMeasure(new BigDecimal(Json.text(w, "Weight").trim()),
                Json.text(w.get("UnitOfMeasurement"), "Code"),
                Double.parseDouble(Json.text(d, "Length").trim()), Double.parseDouble(Json.text(d, "Width").trim()),
                Double.parseDouble(Json.text(d, "Height").trim()), Json.text(d.get("UnitOfMeasurement"), "Code"));
    }

    /** Actual weight in pounds. */
    public double pounds() {
        double w = weight.doubleValue();
        return switch (weightUnit) {
            case "KGS" -> w * 2.20462;
            case "OZS" -> w / 16.0;
            default -> w;
        };
    }

    /** Dimensional weight in pounds (139 in³/lb; 5000 cm³/kg), 0 without dimensions. */
    public double dimensionalPounds() {
        if (dimensionUnit == null) {
            return 0;
        }
        double volume = length * width * height;
        return "CM".equals(dimensionUnit) ? volume / 5000.0 * 2.20462 : volume / 139.0;
    }

    /** Billable weight in whole pounds: the greater of actual and dimensional weight, rounded up. */
    public int billablePounds() {
        return (int) Math.ceil(Math.max(pounds(), dimensionalPounds()) - 1e-9);
    }
}
