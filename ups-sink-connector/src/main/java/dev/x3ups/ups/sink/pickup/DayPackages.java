package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.PickupPiece;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's packages for one day's pickup, from the ledger: every CREATED shipment of the site whose pickup day it
 * is, as pickup lines per service, destination and container, with their weight. Every task reads the whole ledger,
 * so the task that books the site sees the shipments of every task once it has caught up.
 *
 * @param orderKeys the orders shipped for that pickup, sorted
 */
record DayPackages(List<PickupPiece> pieces, BigDecimal totalWeightKg, boolean overweight, List<String> orderKeys) {
    /** UPS: "Y if at least any package is over 70 lbs or 32 kgs"; 70 lb is the lower of the two. */
    static final BigDecimal OVERWEIGHT_KG = new BigDecimal("31.75");
    /** Pickup container code of a parcel (02 is a UPS letter, 03 a freight pallet). */
    static final String PACKAGE = "01";
    /** A pickup request takes at most 999 packages per service line. */
    static final int MAX_PER_LINE = 999;
    /** The pickup service of a shipment whose service the ledger does not know. */
    static final String GROUND = "003";

    static DayPackages of(String site, LocalDate day, Collection<ShipmentLedgerEntry> ledger) {
        Map<List<String>, Integer> counts = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        BigDecimal weight = BigDecimal.ZERO;
        boolean overweight = false;
        List<String> orders = new ArrayList<>();
        for (ShipmentLedgerEntry e : ledger) {
            if (e.state() != ShipmentState.CREATED || !site.equals(e.site()) || !day.equals(e.pickupDate())) {
                continue;
            }
            orders.add(e.orderKey());
            List<String> line = List.of(pickupService(e.serviceCode()),
                    e.destinationCountry() == null ? "" : e.destinationCountry(), PACKAGE);
            counts.merge(line, Math.max(1, e.trackingNumbers().size()), Integer::sum);
            for (BigDecimal kg : e.packageWeightsKg()) {
                weight = weight.add(kg);
                overweight |= kg.compareTo(OVERWEIGHT_KG) > 0;
            }
        }
        List<PickupPiece> pieces = new ArrayList<>();
        counts.forEach((line, count) -> {
            for (int left = count; left > 0; left -= MAX_PER_LINE) {
                pieces.add(new PickupPiece(line.get(0), line.get(1), line.get(2), Math.min(left, MAX_PER_LINE)));
            }
        });
        orders.sort(null);
        return new DayPackages(pieces, weight.signum() == 0 ? null : weight, overweight, orders);
    }

    boolean isEmpty() {
        return orderKeys.isEmpty();
    }

    int packageCount() {
        return pieces.stream().mapToInt(PickupPiece::quantity).sum();
    }

    /** Pickup service codes have three digits: shipping service 03 (Ground) is pickup service 003. */
    static String pickupService(String serviceCode) {
        return serviceCode == null || serviceCode.isBlank() ? GROUND
                : dev.x3ups.ups.client.pickup.PickupPiece.pickupServiceCode(serviceCode);
    }
}
