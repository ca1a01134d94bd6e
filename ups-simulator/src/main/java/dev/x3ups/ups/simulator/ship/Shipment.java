package dev.x3ups.ups.simulator.ship;

import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.network.Tariff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A created shipment as the simulator remembers it. Only the package list, commit and void times change. */
public final class Shipment {
    private final String shipperNumber;
    private final String shipperName;
    private final String shipToName;
    private final String clientId;
    private final String serviceCode;
    private final Address origin;
    private final Address destination;
    private final List<ReferenceNumber> shipmentReferences;
    private final String customerContext;
    private final Instant createdAt;
    private final Tariff.Quote quote;
    private final List<ShippedPackage> packages = Collections.synchronizedList(new ArrayList<>());
    private volatile Instant voidedAt;
    private volatile Instant committedAt = Instant.EPOCH;
    private volatile String labelDeliveryEmail;

    public Shipment(String shipperNumber, String shipperName, String shipToName, String clientId, String serviceCode,
                    Address origin, Address destination, List<ReferenceNumber> shipmentReferences,
                    String customerContext, Instant createdAt, Tariff.Quote quote) {
        this.shipperNumber = shipperNumber;
        this.shipperName = shipperName;
        this.shipToName = shipToName;
        this.clientId = clientId;
        this.serviceCode = serviceCode;
        this.origin = origin;
        this.destination = destination;
        this.shipmentReferences = List.copyOf(shipmentReferences);
        this.customerContext = customerContext;
        this.createdAt = createdAt;
        this.quote = quote;
    }

    void addPackage(ShippedPackage p) {
        packages.add(p);
    }

    /** The ShipmentIdentificationNumber: the first package's tracking number. */
    public String id() {
        return packages.get(0).trackingNumber();
    }

    public List<ShippedPackage> packages() {
        synchronized (packages) {
            return List.copyOf(packages);
        }
    }

    /** Every distinct reference value, shipment and package level. */
    public List<String> referenceValues() {
        List<String> out = new ArrayList<>();
        shipmentReferences.forEach(r -> addDistinct(out, r.value()));
        packages().forEach(p -> p.references().forEach(r -> addDistinct(out, r.value())));
        return out;
    }

    private static void addDistinct(List<String> out, String v) {
        if (!out.contains(v)) {
            out.add(v);
        }
    }

    /** An Electronic Return Label: UPS e-mails the label to {@code email} instead of returning it. */
    void deliverLabelTo(String email) {
        labelDeliveryEmail = email;
    }

    /** Where the label was "e-mailed" (return service 8), or null when it came back in the ship answer. */
    public String labelDeliveryEmail() {
        return labelDeliveryEmail;
    }

    public boolean live() {
        return voidedAt == null;
    }

    void markVoided(Instant at) {
        voidedAt = at;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    void markCommitted(Instant wallTime) {
        committedAt = wallTime;
    }

    /** When the shipment entered the book, on the wall clock (what look-up visibility lags are measured from). */
    public Instant committedAt() {
        return committedAt;
    }

    public String shipperNumber() {
        return shipperNumber;
    }

    public String shipperName() {
        return shipperName;
    }

    public String shipToName() {
        return shipToName;
    }

    public String clientId() {
        return clientId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Address origin() {
        return origin;
    }

    public Address destination() {
        return destination;
    }

    public List<ReferenceNumber> shipmentReferences() {
        return shipmentReferences;
    }

    public String customerContext() {
        return customerContext;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Tariff.Quote quote() {
        return quote;
    }

    @Override
    public String toString() {
        return "Shipment[" + (packages.isEmpty() ? "?" : id()) + (live() ? "" : ", voided") + "]";
    }
}
