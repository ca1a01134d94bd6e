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
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.packing.MassUnit;
import dev.x3ups.ups.sink.packing.OrderPieces;
import dev.x3ups.ups.sink.packing.PackagePacker;
import dev.x3ups.ups.sink.packing.UnitSystem;
import dev.x3ups.ups.sink.service.MappedServiceSelector;
import dev.x3ups.ups.sink.service.QuotedServiceSelector;
import dev.x3ups.ups.sink.service.RateQuoter;
import dev.x3ups.ups.sink.service.ServiceSelector;
import dev.x3ups.ups.sink.site.ShippingSite;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Plans an order's UPS shipment. Sales orders ship from their site (its configured address and account) to the
 * customer; purchase orders are inbound: from the supplier to the receiving site, with the receiving site as
 * shipper and its account (or the configured inbound account) billed. Parties are fitted to UPS's limits,
 * lines packed into packages, the order key put on every package, at shipment level where UPS allows it and
 * in the customer context, and the service chosen. With a mapped service the plan completes at once; Rate and
 * Shop complete when UPS has answered. Immutable, so one instance serves all concurrent ship calls of a task.
 */
public final class OrderShipmentPlanner implements ShipmentPlanner {
    private static final int DESCRIPTION_MAX = 35;

    private final Map<String, ShippingSite> sites;
    private final String inboundAccount;
    private final OrderPieces pieces;
    private final BigDecimal maxWeight;
    private final MassUnit maxWeightUnit;
    private final String packagingCode;
    private final boolean negotiatedRates;
    private final LabelFormat labelFormat;
    private final ServiceSelector services;

    OrderShipmentPlanner(Map<String, ShippingSite> sites, String inboundAccount, OrderPieces pieces,
                         BigDecimal maxWeight, MassUnit maxWeightUnit, String packagingCode, boolean negotiatedRates,
                         LabelFormat labelFormat, ServiceSelector services) {
        this.sites = Map.copyOf(sites);
        this.inboundAccount = inboundAccount;
        this.pieces = pieces;
        this.maxWeight = maxWeight;
        this.maxWeightUnit = maxWeightUnit;
        this.packagingCode = packagingCode;
        this.negotiatedRates = negotiatedRates;
        this.labelFormat = labelFormat;
        this.services = services;
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
                config.labelFormat(), services);
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
        return services.select(order, draft)
                .thenApply(service -> new ShipmentPlan(draft.toBuilder().serviceCode(service).build(), reference, digest));
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
                .negotiatedRates(negotiatedRates).labelFormat(labelFormat)
                .description(description(order));
        Party origin;
        Party destination;
        if (order.kind() == OrderKind.SALES) {
            origin = site.party();
            destination = PartyFitter.fit("shipTo", order.shipTo());
            spec.shipper(site.party(), site.account()).shipTo(destination);
        } else {
            origin = PartyFitter.fit("shipFrom", order.shipFrom());
            destination = order.shipTo() == null ? site.party() : PartyFitter.fit("shipTo", order.shipTo());
            spec.shipper(site.party(), inboundAccount != null ? inboundAccount : site.account())
                    .shipFrom(origin).shipTo(destination);
        }
        UnitSystem system = UnitSystem.forOrigin(origin.address().countryCode());
        List<ReferenceNumber> packageReferences = ShipmentReferences.forPackages(order);
        PackagePacker packer = new PackagePacker(maxWeightUnit.convert(maxWeight, system.massUnit), system);
        for (PackagePacker.Packed packed : packer.pack(pieces.of(order, system))) {
            Dimensions dimensions = packed.size() == null ? null
                    : new Dimensions(packed.size()[0], packed.size()[1], packed.size()[2], system.lengthUnit);
            spec.addPackage(new ParcelPackage(null, packagingCode, new Weight(packed.weight(), system.weightUnit),
                    dimensions, packageReferences));
        }
        String from = origin.address().countryCode();
        String to = destination.address().countryCode();
        ShipmentReferences.forShipment(order, from, to).forEach(spec::addShipmentReference);
        spec.invoiceLineTotal(InvoiceTotals.forLane(order, from, to));
        return spec.build();
    }

    private static String description(Order order) {
        String text = (order.kind() == OrderKind.SALES ? "Sales order " : "Purchase order ") + order.number();
        return text.length() <= DESCRIPTION_MAX ? text : order.number();
    }
}
