package dev.x3ups.ups.simulator.rate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.address.ResidentialDelivery;
import dev.x3ups.ups.simulator.http.ApiHandler;
import dev.x3ups.ups.simulator.http.ApiRequest;
import dev.x3ups.ups.simulator.http.ApiResponse;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.http.SingleObjects;
import dev.x3ups.ups.simulator.http.UpsErrors;
import dev.x3ups.ups.simulator.network.Address;
import dev.x3ups.ups.simulator.network.PackageMeasure;
import dev.x3ups.ups.simulator.network.ServiceCatalog;
import dev.x3ups.ups.simulator.network.Tariff;
import dev.x3ups.ups.simulator.network.ValidationError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/rating/{version}/{requestoption}}: Rate prices the requested service, Shop every
 * service of the lane; the *timeintransit options add {@code GuaranteedDelivery.BusinessDaysInTransit}.
 */
public final class RateEndpoint implements ApiHandler {
    private final ResidentialDelivery residential;

    public RateEndpoint() {
        this(ResidentialDelivery.flagOnly());
    }

    /** Prices residential destinations as Ship bills them, and leaves out services not offered to them. */
    public RateEndpoint(ResidentialDelivery residential) {
        this.residential = residential;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String option = request.pathParam("requestoption").toLowerCase(Locale.ROOT);
        if (!List.of("rate", "shop", "ratetimeintransit", "shoptimeintransit").contains(option)) {
            return UpsErrors.error(400, "111057", "Invalid request option: " + request.pathParam("requestoption"));
        }
        boolean shop = option.startsWith("shop");
        boolean transit = option.endsWith("timeintransit");
        JsonNode root = Json.parse(request.body());
        Optional<ValidationError> error = RateRequestValidator.validate(root, shop);
        if (error.isPresent()) {
            return UpsErrors.error(400, error.get().code(), error.get().message());
        }
        JsonNode shipment = root.path("RateRequest").get("Shipment");
        Address origin = Address.from((Json.present(shipment, "ShipFrom") ? shipment.get("ShipFrom")
                : shipment.get("Shipper")).get("Address"));
        Address destination = Address.from(shipment.get("ShipTo").get("Address"));
        List<String> services = shop ? ServiceCatalog.offeredOn(origin, destination).stream()
                .filter(service -> residential.offered(service, destination)).toList()
                : List.of(Json.text(shipment.get("Service"), "Code"));
        if (services.isEmpty() || !ServiceCatalog.offered(services.get(0), origin, destination)) {
            return UpsErrors.error(400, "111210",
                    "The requested service is unavailable between the selected locations.");
        }
        Optional<ValidationError> refused = residential.refusal(services.get(0), destination);
        if (refused.isPresent()) {
            return UpsErrors.error(400, refused.get().code(), refused.get().message());
        }
        Address billedTo = residential.billed(destination);
        List<PackageMeasure> packages = Json.list(shipment.get("Package")).stream().map(PackageMeasure::from).toList();
        boolean negotiated = Json.present(shipment.get("ShipmentRatingOptions"), "NegotiatedRatesIndicator")
                && Json.text(shipment.get("Shipper"), "ShipperNumber") != null;
        ObjectNode body = Json.object();
        ObjectNode response = body.putObject("RateResponse");
        ObjectNode head = response.putObject("Response");
        head.putObject("ResponseStatus").put("Code", "1").put("Description", "Success");
        String context = Json.text(root.path("RateRequest").path("Request").get("TransactionReference"),
                "CustomerContext");
        if (context != null) {
            head.putObject("TransactionReference").put("CustomerContext", context);
        }
        ArrayNode rated = response.putArray("RatedShipment");
        for (String service : services) {
            rated.add(ratedShipment(Tariff.quote(service, origin, billedTo, packages), negotiated, transit));
        }
        if (!"v2409".equals(request.pathParam("version"))) {
            // Before v2409 a single RatedShipment (and other one-element lists) is an object (Rating.yaml L4579).
            SingleObjects.collapse(body);
        }
        return ApiResponse.ok(body);
    }

    private static ObjectNode ratedShipment(Tariff.Quote q, boolean negotiated, boolean transit) {
        ObjectNode r = Json.object();
        r.putObject("Service").put("Code", q.service()).put("Description", ServiceCatalog.name(q.service()));
        r.put("Zone", String.format("%03d", q.zone()));
        weight(r.putObject("BillingWeight"), q.billablePounds());
        money(r.putObject("TransportationCharges"), q.currency(), q.transportation());
        money(r.putObject("ServiceOptionsCharges"), q.currency(), q.serviceOptions());
        money(r.putObject("TotalCharges"), q.currency(), q.total());
        if (negotiated) {
            money(r.putObject("NegotiatedRateCharges").putObject("TotalCharge"), q.currency(), q.negotiatedTotal());
        }
        ArrayNode packages = r.putArray("RatedPackage");
        for (Tariff.PackageCharge p : q.packages()) {
            ObjectNode rp = packages.addObject();
            money(rp.putObject("TransportationCharges"), q.currency(), p.transportation());
            money(rp.putObject("ServiceOptionsCharges"), q.currency(), BigDecimal.ZERO);
            money(rp.putObject("TotalCharges"), q.currency(), p.transportation());
            rp.put("Weight", p.billablePounds() + ".0");
            weight(rp.putObject("BillingWeight"), p.billablePounds());
        }
        if (transit) {
            r.putObject("GuaranteedDelivery").put("BusinessDaysInTransit",
                    Integer.toString(ServiceCatalog.transitDays(q.service(), q.zone())));
        }
        return r;
    }

    private static void weight(ObjectNode node, int pounds) {
        node.putObject("UnitOfMeasurement").put("Code", "LBS").put("Description", "Pounds");
        node.put("Weight", pounds + ".0");
    }

    private static void money(ObjectNode node, String currency, BigDecimal amount) {
        node.put("CurrencyCode", currency).put("MonetaryValue", amount.setScale(2).toPlainString());
    }
}
