package dev.x3ups.ups.client.ship;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to ship: the parties, the packages, the service and our idempotency key. The UPS sink maps orders into this;
 * {@link ShipmentRequestJson} turns it into UPS's {@code ShipmentRequest}. Rate and Shop reuse it.
 */
public final class ShipmentSpec {
    private final String customerContext;
    private final Party shipper;
    private final String shipperNumber;
    private final Party shipFrom;
    private final Party shipTo;
    private final String serviceCode;
    private final String description;
    private final List<ParcelPackage> packages;
    private final List<ReferenceNumber> shipmentReferences;
    private final boolean negotiatedRates;
    private final LabelFormat labelFormat;
    private final Money invoiceLineTotal;
    private final String returnLabelEmail;
    private final CommercialInvoice commercialInvoice;

    private ShipmentSpec(Builder b) {
        this.customerContext = b.customerContext;
        this.shipper = Objects.requireNonNull(b.shipper, "shipper");
        this.shipperNumber = Objects.requireNonNull(b.shipperNumber, "shipperNumber");
        this.shipFrom = b.shipFrom;
        this.shipTo = Objects.requireNonNull(b.shipTo, "shipTo");
        this.serviceCode = b.serviceCode;
        this.description = b.description;
        this.packages = List.copyOf(b.packages);
        this.shipmentReferences = List.copyOf(b.shipmentReferences);
        this.negotiatedRates = b.negotiatedRates;
        this.labelFormat = b.labelFormat;
        this.returnLabelEmail = b.returnLabelEmail;
        this.invoiceLineTotal = b.invoiceLineTotal;
        this.commercialInvoice = b.commercialInvoice;
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("a shipment needs at least one package");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Echoed back by UPS in {@code TransactionReference.CustomerContext}; we put the order key here. */
    public String customerContext() {
        return customerContext;
    }

    public Party shipper() {
        return shipper;
    }

    public String shipperNumber() {
        return shipperNumber;
    }

    /** Where the goods leave from when that is not the shipper (purchase orders: the supplier); may be null. */
    public Party shipFrom() {
        return shipFrom;
    }

    public Party shipTo() {
        return shipTo;
    }

    /** UPS service code, e.g. "03" Ground; may be null for Shop. */
    public String serviceCode() {
        return serviceCode;
    }

    public String description() {
        return description;
    }

    public List<ParcelPackage> packages() {
        return packages;
    }

    /** Shipment-level references; only sent where UPS allows them (not US→US, not PR→PR; packages carry them there). */
    public List<ReferenceNumber> shipmentReferences() {
        return shipmentReferences;
    }

    public boolean negotiatedRates() {
        return negotiatedRates;
    }

    public LabelFormat labelFormat() {
        return labelFormat;
    }

    /** Needed by UPS for US→CA/PR forward shipments; may be null. */
    public Money invoiceLineTotal() {
        return invoiceLineTotal;
    }

    /**
     * Where UPS e-mails an Electronic Return Label (return service 8: the shipper at the origin prints it); null
     * for an ordinary shipment, whose labels come back in the answer.
     */
    public String returnLabelEmail() {
        return returnLabelEmail;
    }

    /** The paperless commercial invoice for goods between countries; null for domestic shipments. */
    public CommercialInvoice commercialInvoice() {
        return commercialInvoice;
    }

    /** The origin is the ship-from party when present, else the shipper. */
    public Party origin() {
        return shipFrom != null ? shipFrom : shipper;
    }

    /** US→US or PR→PR: UPS takes references at package level only (120541 otherwise). */
    public boolean domesticUsOrPr() {
        String from = origin().address().countryCode();
        String to = shipTo.address().countryCode();
        return from.equals(to) && (from.equals("US") || from.equals("PR"));
    }

    /** Origin and destination in different countries: UPS wants contacts and customs data. */
    public boolean international() {
        return !origin().address().countryCode().equals(shipTo.address().countryCode());
    }

    public Builder toBuilder() {
        Builder b = new Builder().customerContext(customerContext).shipper(shipper, shipperNumber).shipFrom(shipFrom)
                .shipTo(shipTo).serviceCode(serviceCode).description(description).negotiatedRates(negotiatedRates)
                .labelFormat(labelFormat).invoiceLineTotal(invoiceLineTotal)
                .commercialInvoice(commercialInvoice).returnLabelEmail(returnLabelEmail);
        packages.forEach(b::addPackage);
        shipmentReferences.forEach(b::addShipmentReference);
        return b;
    }

    @Override
    public String toString() {
        return "ShipmentSpec{customerContext=" + customerContext + ", service=" + serviceCode + ", from="
                + origin().address().countryCode() + ", to=" + shipTo.address().countryCode() + ", packages="
                + packages.size() + "}";
    }

    public static final class Builder {
        private String customerContext;
        private Party shipper;
        private String shipperNumber;
        private Party shipFrom;
        private Party shipTo;
        private String serviceCode;
        private String description;
        private final List<ParcelPackage> packages = new ArrayList<>();
        private final List<ReferenceNumber> shipmentReferences = new ArrayList<>();
        private boolean negotiatedRates;
        private LabelFormat labelFormat = LabelFormat.GIF;
        private Money invoiceLineTotal;
        private String returnLabelEmail;
        private CommercialInvoice commercialInvoice;

        private Builder() {
        }

        public Builder customerContext(String customerContext) {
            this.customerContext = customerContext;
            return this;
        }

        public Builder shipper(Party shipper, String shipperNumber) {
            this.shipper = shipper;
            this.shipperNumber = shipperNumber;
            return this;
        }

        public Builder shipFrom(Party shipFrom) {
            this.shipFrom = shipFrom;
            return this;
        }

        public Builder shipTo(Party shipTo) {
            this.shipTo = shipTo;
            return this;
        }

        public Builder serviceCode(String serviceCode) {
            this.serviceCode = serviceCode;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder addPackage(ParcelPackage parcel) {
            packages.add(parcel);
            return this;
        }

        public Builder addShipmentReference(ReferenceNumber reference) {
            shipmentReferences.add(reference);
            return this;
        }

        public Builder negotiatedRates(boolean negotiatedRates) {
            this.negotiatedRates = negotiatedRates;
            return this;
        }

        public Builder labelFormat(LabelFormat labelFormat) {
            this.labelFormat = labelFormat == null ? LabelFormat.GIF : labelFormat;
            return this;
        }

        /** Makes the shipment an Electronic Return Label UPS e-mails to {@code email}; null for none. */
        public Builder returnLabelEmail(String email) {
            this.returnLabelEmail = email;
            return this;
        }

        public Builder invoiceLineTotal(Money invoiceLineTotal) {
            this.invoiceLineTotal = invoiceLineTotal;
            return this;
        }

        public Builder commercialInvoice(CommercialInvoice commercialInvoice) {
            this.commercialInvoice = commercialInvoice;
            return this;
        }

        public ShipmentSpec build() {
            return new ShipmentSpec(this);
        }
    }
}
