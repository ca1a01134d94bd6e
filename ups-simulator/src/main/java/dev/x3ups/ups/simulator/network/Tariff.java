package dev.x3ups.ups.simulator.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deterministic prices: (base + per-pound × billable weight) × zone factor per package, plus a
 * residential surcharge; negotiated rates are 82 % of the published total.
 */
public final class Tariff {
    /** Price of one package. */
    public record PackageCharge(int billablePounds, BigDecimal transportation) { }

    /** Price of a shipment on one service. */
    public record Quote(String service, int zone, int billablePounds, List<PackageCharge> packages,
                        BigDecimal transportation, BigDecimal serviceOptions, BigDecimal total,
                        BigDecimal negotiatedTotal, String currency) { }

    private static final Map<String, double[]> RATES = Map.ofEntries(
            Map.entry("01", new double[] {25.00, 2.60}), Map.entry("02", new double[] {15.00, 1.60}),
            Map.entry("03", new double[] {8.50, 0.55}), Map.entry("07", new double[] {60.00, 4.80}),
            Map.entry("08", new double[] {45.00, 3.60}), Map.entry("11", new double[] {20.00, 1.20}),
            Map.entry("12", new double[] {12.00, 1.10}), Map.entry("13", new double[] {22.00, 2.30}),
            Map.entry("14", new double[] {55.00, 3.50}), Map.entry("54", new double[] {90.00, 6.00}),
            Map.entry("59", new double[] {18.00, 1.90}), Map.entry("65", new double[] {55.00, 4.40}));
    private static final BigDecimal RESIDENTIAL = new BigDecimal("5.15");
    private static final BigDecimal NEGOTIATED_SHARE = new BigDecimal("0.82");

    private Tariff() {
    }

    /** UPS-style zone: 2–8 within the US by distance of the ZIP regions, 5–8 across borders. */
    public static int zone(Address from, Address to) {
        if (from.countryCode().equals(to.countryCode())) {
            int a = firstDigit(from.postalCode());
            int b = firstDigit(to.postalCode());
            return Math.min(8, 2 + Math.abs(a - b));
        }
        return 5 + Math.floorMod((from.countryCode() + to.countryCode()).hashCode(), 4);
    }

    public static Quote quote(String service, Address from, Address to, List<PackageMeasure> packages) {
        double[] rate = RATES.getOrDefault(service, new double[] {30.0, 2.0});
        int zone = zone(from, to);
        double zoneFactor = 1 + 0.12 * (zone - 2);
        List<PackageCharge> charges = new ArrayList<>();
        BigDecimal transportation = BigDecimal.ZERO;
        int billable = 0;
        for (PackageMeasure p : packages) {
            int pounds = Math.max(1, p.billablePounds());
            BigDecimal price = money((rate[0] + rate[1] * pounds) * zoneFactor);
            charges.add(new PackageCharge(pounds, price));
            transportation = transportation.add(price);
            billable += pounds;
        }
        BigDecimal options = to.residential() ? RESIDENTIAL : BigDecimal.ZERO.setScale(2);
        BigDecimal total = transportation.add(options);
        String currency = "US".equals(from.countryCode()) || "PR".equals(from.countryCode()) ? "USD"
                : "CA".equals(from.countryCode()) ? "CAD" : "GB".equals(from.countryCode()) ? "GBP" : "EUR";
        return new Quote(service, zone, billable, charges, transportation, options, total,
                total.multiply(NEGOTIATED_SHARE).setScale(2, RoundingMode.HALF_UP), currency);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static int firstDigit(String postal) {
        if (postal != null && !postal.isEmpty() && Character.isDigit(postal.charAt(0))) {
            return postal.charAt(0) - '0';
        }
        return 5;
    }
}
