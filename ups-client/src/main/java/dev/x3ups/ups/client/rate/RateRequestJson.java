package dev.x3ups.ups.client.rate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.ship.ParcelPackage;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.client.ship.UpsParts;

/**
 * Maps a {@link ShipmentSpec} to UPS's {@code RateRequest} (Rating.yaml). Beware the renamed fields:
 * {@code PaymentDetails} instead of {@code PaymentInformation}, {@code PackagingType} instead of {@code Packaging}.
 */
final class RateRequestJson {
    private RateRequestJson() {
    }

    static ObjectNode write(ShipmentSpec spec, boolean withService) {
        ObjectNode root = UpsJson.object();
        ObjectNode request = root.putObject("RateRequest");
        ObjectNode req = request.putObject("Request");
        // UPS's examples carry it although the path already says it; the schema requires it.
        req.put("RequestOption", withService ? "Rate" : "Shop");
        req.put("SubVersion", "2409");
        if (spec.customerContext() != null) {
            req.putObject("TransactionReference").put("CustomerContext", spec.customerContext());
        }
        ObjectNode shipment = request.putObject("Shipment");
        ObjectNode shipper = UpsParts.party(bare(spec.shipper()), false, false);
        shipper.put("ShipperNumber", spec.shipperNumber());
        shipment.set("Shipper", shipper);
        shipment.set("ShipTo", UpsParts.party(bare(spec.shipTo()), false, true));
        if (spec.shipFrom() != null) {
            shipment.set("ShipFrom", UpsParts.party(bare(spec.shipFrom()), false, false));
        }
        ObjectNode charge = shipment.putObject("PaymentDetails").putArray("ShipmentCharge").addObject();
        charge.put("Type", "01");
        charge.putObject("BillShipper").put("AccountNumber", spec.shipperNumber());
        if (withService && spec.serviceCode() != null) {
            shipment.putObject("Service").put("Code", spec.serviceCode());
        }
        if (spec.negotiatedRates()) {
            shipment.putObject("ShipmentRatingOptions").put("NegotiatedRatesIndicator", "");
        }
        ArrayNode packages = shipment.putArray("Package");
        for (ParcelPackage parcel : spec.packages()) {
            ObjectNode p = packages.addObject();
            p.putObject("PackagingType").put("Code", parcel.packagingCode());
            if (parcel.dimensions() != null) {
                p.set("Dimensions", UpsParts.dimensions(parcel.dimensions()));
            }
            p.set("PackageWeight", UpsParts.weight(parcel.weight()));
        }
        return root;
    }

    /** Rating needs only name and address; contact fields differ between the Ship and Rate schemas. */
    private static Party bare(Party party) {
        return Party.of(party.name(), party.address());
    }
}
