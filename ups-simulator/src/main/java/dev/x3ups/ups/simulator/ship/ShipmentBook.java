package dev.x3ups.ups.simulator.ship;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every shipment created, indexed by id, tracking number and reference number (the duplicate detector). */
public final class ShipmentBook {
    private final Map<String, Shipment> byId = new ConcurrentHashMap<>();
    private final Map<String, ShippedPackage> byTracking = new ConcurrentHashMap<>();
    private final Map<String, List<Shipment>> byReference = new ConcurrentHashMap<>();
    private final List<Shipment> all = new CopyOnWriteArrayList<>();
    private final Clock wall;

    public ShipmentBook() {
        this(Clock.systemUTC());
    }

    /** {@code wall} stamps each shipment's commit time (see {@link Shipment#committedAt()}). */
    public ShipmentBook(Clock wall) {
        this.wall = wall;
    }

    public void register(Shipment shipment) {
        shipment.markCommitted(wall.instant());
        byId.put(shipment.id(), shipment);
        shipment.packages().forEach(p -> byTracking.put(p.trackingNumber(), p));
        for (String ref : shipment.referenceValues()) {
            byReference.computeIfAbsent(ref, r -> new CopyOnWriteArrayList<>()).add(shipment);
        }
        all.add(shipment);
    }

    public Optional<Shipment> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<ShippedPackage> byTrackingNumber(String trackingNumber) {
        return Optional.ofNullable(byTracking.get(trackingNumber));
    }

    /** Shipments carrying this reference value at shipment or package level, oldest first. */
    public List<Shipment> byReference(String reference) {
        return List.copyOf(byReference.getOrDefault(reference, List.of()));
    }

    /** For each reference value: shipments created with it and how many of those are not voided. */
    public Map<String, ReferenceCount> createdPerReference() {
        Map<String, ReferenceCount> out = new TreeMap<>();
        byReference.forEach((ref, list) ->
                out.put(ref, new ReferenceCount(list.size(), (int) list.stream().filter(Shipment::live).count())));
        return out;
    }

    /** Live (not voided) shipments carrying this reference value, oldest first: more than one is a duplicate. */
    public List<Shipment> liveByReference(String reference) {
        return byReference(reference).stream().filter(Shipment::live).toList();
    }

    /** Reference values with more than one live shipment, with those shipments' ids, oldest first. */
    public Map<String, List<String>> liveDuplicates() {
        Map<String, List<String>> out = new TreeMap<>();
        byReference.forEach((ref, list) -> {
            List<String> live = list.stream().filter(Shipment::live).map(Shipment::id).toList();
            if (live.size() > 1) {
                out.put(ref, live);
            }
        });
        return out;
    }

    public List<Shipment> all() {
        return List.copyOf(all);
    }

    public int size() {
        return all.size();
    }
}
