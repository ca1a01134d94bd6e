package dev.x3ups.ups.sink.planning;

import dev.x3ups.records.Order;
import dev.x3ups.records.OrderKind;
import dev.x3ups.ups.client.rate.RateClient;
import dev.x3ups.ups.client.ship.Dimensions;
import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.client.ship.ParcelPackage;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.client.ship.ReferenceNumber;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.client.ship.Weight;
import dev.x3ups.ups.sink.address.PartyFitter;
import dev.x3ups.ups.sink.addresscheck.CheckedShipTo;
import dev.x3ups.ups.sink.addresscheck.ShipToCheck;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.packing.MassUnit;
import dev.x3ups.ups.sink.packing.OrderPieces;
import dev.x3ups.ups.sink.packing.PackagePacker;
import dev.x3ups.ups.sink.packing.UnitSystem;
import dev.x3ups.ups.sink.service.MappedServiceSelector;
import dev.x3ups.ups.sink.service.QuotedServiceSelector;
import dev.x3ups.ups.sink.service.RateQuoter;
import dev.x3ups.ups.sink.service.ServiceSelector;
import dev.x3ups.ups.sink.site.InboundLabels;
import dev.x3ups.ups.sink.site.ShippingSite;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Plans an order's UPS shipment. Sales orders ship from their site (its configured address and account) to the
 * customer; purchase orders are inbound: from the supplier to the receiving site, with the receiving site as
 * shipper and its account (or the configured inbound account) billed. Parties are fitted to UPS's limits,
 * lines packed into packages, the goods described, the order key put in the customer context and on the
 * packages (US→US, PR→PR) or the shipment (every other lane), and the service chosen. Goods crossing a border
 * get the contacts UPS requires and a paperless commercial invoice. With a mapped service the plan completes at once; Rate and
 * Shop complete when UPS has answered. Immutable, so one instance serves all concurrent ship calls of a task.
 */
public final class OrderShipmentPlanner implements ShipmentPlanner {
    private final Map<String, ShippingSite> sites;
    private final String inboundAccount;
    private final OrderPieces pieces;
    private final BigDecimal maxWeight;
    private final MassUnit maxWeightUnit;
    private final String packagingCode;
    private final boolean negotiatedRates;
    private final LabelFormat labelFormat;
    private final ServiceSelector services;
    private final GoodsDescriptions goodsDescriptions;
    private final CommercialInvoices invoices;
    private final CustomsSettings customs;
    private final Clock clock;
    private final ShipToCheck addressCheck;

    OrderShipmentPlanner(Map<String, ShippingSite> sites, String inboundAccount, OrderPieces pieces,
                         BigDecimal maxWeight, MassUnit maxWeightUnit, String packagingCode, boolean negotiatedRates,
                         LabelFormat labelFormat, ServiceSelector services, CustomsSettings customs, Clock clock) {
        this(sites, inboundAccount, pieces, maxWeight, maxWeightUnit, packagingCode, negotiatedRates, labelFormat,
                services, customs, clock, ShipToCheck.NONE);
    }

    private OrderShipmentPlanner(Map<String, ShippingSite> sites, String inboundAccount, OrderPieces pieces,
                                 BigDecimal maxWeight, MassUnit maxWeightUnit, String packagingCode,
                                 boolean negotiatedRates, LabelFormat labelFormat, ServiceSelector services,
                                 CustomsSettings customs, Clock clock, ShipToCheck addressCheck) {
        this.addressCheck = addressCheck;
        this.sites = Map.copyOf(sites);
        this.inboundAccount = inboundAccount;
        this.pieces = pieces;
        this.maxWeight = maxWeight;
        this.maxWeightUnit = maxWeightUnit;
        this.packagingCode = packagingCode;
        this.negotiatedRates = negotiatedRates;
        this.labelFormat = labelFormat;
        this.services = services;
        this.customs = customs;
        this.goodsDescriptions = new GoodsDescriptions(customs);
        this.invoices = new CommercialInvoices(customs, goodsDescriptions);
        this.clock = clock;
    }

    /** The planner the configuration describes; {@code rates} is used only by RATE and SHOP selection. */
    public static OrderShipmentPlanner create(PlanningConfig config, RateClient rates) {
        return create(config, rates == null ? null : RateQuoter.of(rates));
    }

    /** As {@link #create(PlanningConfig, RateClient)} with any {@link RateQuoter}. */
    public static OrderShipmentPlanner create(PlanningConfig config, RateQuoter quoter) {
        ServiceSelector services = switch (config.serviceSelection()) {
            case MAPPED -> new MappedServiceSelector(config.serviceMap(), config.defaultService());
            case RATE, SHOP -> {
                if (quoter == null) {
                    throw new IllegalArgumentException(config.serviceSelection() + " selection needs a rate client");
                }
                yield new QuotedServiceSelector(quoter, config.serviceSelection() == PlanningConfig.ServiceSelection.SHOP,
                        config.allowedServices());
            }
        };
        return new OrderShipmentPlanner(config.sites(), config.inboundAccount(),
                new OrderPieces(config.defaultDimensions()), config.maxPackageWeight(),
                config.maxPackageWeightMassUnit(), config.packagingCode(), config.negotiatedRates(),
                config.labelFormat(), services, config.customs(), Clock.systemUTC());
    }

    /** This planner with sales orders' ship-tos going through {@code check} before the service is chosen. */
    public OrderShipmentPlanner withAddressCheck(ShipToCheck check) {
        return new OrderShipmentPlanner(sites, inboundAccount, pieces, maxWeight, maxWeightUnit, packagingCode,
                negotiatedRates, labelFormat, services, customs, clock, check);
    }

    @Override
    public CompletableFuture<ShipmentPlan> plan(Order order) {
        ShipmentSpec draft;
        try {
            draft = draft(order);
        } catch (UnshippableOrderException | RuntimeException e) {
            return CompletableFuture.failedFuture(e); // callers handle failures in one place: the future
        }
        String reference = order.key();
        String digest = OrderDigest.of(order);
        String notes = draft.international() ? DefaultsApplied.of(order, sites.get(order.site().strip()), customs) : null;
        // the check comes first: UPS's residential classification changes what Rate quotes
        return checkedShipTo(order, draft).thenCompose(checked -> {
            ShipmentSpec spec = checked.party() == draft.shipTo() ? draft
                    : draft.toBuilder().shipTo(checked.party()).build();
            String allNotes = notes == null ? checked.note()
                    : checked.note() == null ? notes : notes + "; " + checked.note();
            return services.select(order, spec).thenApply(service ->
                    new ShipmentPlan(spec.toBuilder().serviceCode(service).build(), reference, digest, allNotes));
        });
    }

    /** Sales orders' ship-to after the address policy; inbound orders come to our own site and are not checked. */
    private CompletableFuture<CheckedShipTo> checkedShipTo(Order order, ShipmentSpec draft) {
        if (order.kind() != OrderKind.SALES) {
            return CompletableFuture.completedFuture(new CheckedShipTo(draft.shipTo(), null));
        }
        return addressCheck.check(order.site().strip(), draft.shipTo());
    }

    /** Everything but the service. */
    ShipmentSpec draft(Order order) throws UnshippableOrderException {
        ShippingSite site = order.site() == null ? null : sites.get(order.site().strip());
        if (site == null) {
            throw new UnshippableOrderException(UnshippableOrderException.UNKNOWN_SITE,
                    "site '" + order.site() + "' of order " + order.key() + " has no configured address and UPS "
                            + "account (known sites: " + sites.keySet().stream().sorted().toList() + ")");
        }
        ShipmentSpec.Builder spec = ShipmentSpec.builder().customerContext(order.key())
                .negotiatedRates(negotiatedRates).labelFormat(labelFormat);
        Party shipper = site.party();
        Party origin;
        Party destination;
        if (order.kind() == OrderKind.SALES) {
            origin = shipper;
            destination = PartyFitter.fit("shipTo", order.shipTo());
        } else {
            origin = PartyFitter.fit("shipFrom", order.shipFrom());
            destination = order.shipTo() == null ? shipper : PartyFitter.fit("shipTo", order.shipTo());
        }
        String from = origin.address().countryCode();
        String to = destination.address().countryCode();
        if (!from.equals(to)) {
            shipper = InternationalContacts.shipper(site);
            if (order.kind() == OrderKind.PURCHASE && destination.phone() == null) {
                // inbound goods come to our own site: its phone is the receiver's
                destination = destination.withContact(destination.attentionName(), shipper.phone(), destination.email());
            }
            destination = destination == site.party() ? shipper : InternationalContacts.shipTo(destination, site, order.key());
            origin = order.kind() == OrderKind.SALES ? shipper : InternationalContacts.shipFrom(origin);
        }
        boolean returnLabel = order.kind() == OrderKind.PURCHASE && site.inboundLabels() == InboundLabels.EMAIL;
        if (order.kind() == OrderKind.SALES) {
            spec.shipper(shipper, site.account()).shipTo(destination);
        } else {
            spec.shipper(shipper, inboundAccount != null ? inboundAccount : site.account())
                    .shipFrom(origin).shipTo(destination);
            if (returnLabel) {
                spec.returnLabelEmail(supplierEmail(order));
            }
        }
        UnitSystem system = UnitSystem.forOrigin(from);
        String goods = goodsDescriptions.of(order, from, GoodsDescriptions.SHIPMENT_MAX);
        String packageGoods = GoodsDescriptions.fit(goods, GoodsDescriptions.LINE_MAX);
        spec.description(goods);
        List<ReferenceNumber> packageReferences = ShipmentReferences.forPackages(order, from, to);
        PackagePacker packer = new PackagePacker(maxWeightUnit.convert(maxWeight, system.massUnit), system);
        for (PackagePacker.Packed packed : packer.pack(pieces.of(order, system))) {
            Dimensions dimensions = packed.size() == null ? null
                    : new Dimensions(packed.size()[0], packed.size()[1], packed.size()[2], system.lengthUnit);
            spec.addPackage(new ParcelPackage(packageGoods, packagingCode,
                    new Weight(packed.weight(), system.weightUnit), dimensions, packageReferences));
        }
        ShipmentReferences.forShipment(order, from, to).forEach(spec::addShipmentReference);
        if (!returnLabel) {
            // UPS takes InvoiceLineTotal on forward shipments only; an Electronic Return Label is a return service
            spec.invoiceLineTotal(InvoiceTotals.forLane(order, from, to));
        }
        Party buyer = order.kind() == OrderKind.SALES ? destination : shipper;
        spec.commercialInvoice(invoices.forLane(order, from, to, buyer, LocalDate.now(clock)));
        return spec.build();
    }

    /** The supplier's e-mail, where UPS sends the Electronic Return Label (at most 50 characters). */
    private static String supplierEmail(Order order) throws UnshippableOrderException {
        String email = order.shipFrom() == null || order.shipFrom().email() == null ? "" : order.shipFrom().email().strip();
        if (email.isEmpty()) {
            throw new UnshippableOrderException(UnshippableOrderException.NO_SUPPLIER_EMAIL, "purchase order "
                    + order.key() + " has no supplier e-mail to send its UPS Electronic Return Label to; give the "
                    + "supplier address an e-mail, or set site." + order.site().strip() + ".inbound.labels=PRINT");
        }
        if (email.length() > 50) {
            throw new UnshippableOrderException(UnshippableOrderException.FIELD_TOO_LONG, "supplier e-mail of "
                    + "purchase order " + order.key() + " has " + email.length() + " characters; UPS takes 50");
        }
        return email;
    }
}
