package dev.x3ups.ups.simulator.ship;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.network.Tariff;
import java.math.BigDecimal;

/** Renders {@code ShipmentResponse} (Shipping.yaml L11389ff): money and weights as strings, arrays always. */
final class ShipmentResponses {
    private ShipmentResponses() {
    }

    static ObjectNode created(Shipment shipment, boolean negotiated) {
        ObjectNode root = Json.object();
        ObjectNode response = root.putObject("ShipmentResponse");
        ObjectNode head = response.putObject("Response");
        head.putObject("ResponseStatus").put("Code", "1").put("Description", "Success");
        if (shipment.customerContext() != null) {
            head.putObject("TransactionReference").put("CustomerContext", shipment.customerContext());
        }
        Tariff.Quote q = shipment.quote();
        ObjectNode results = response.putObject("ShipmentResults");
        ObjectNode charges = results.putObject("ShipmentCharges");
        money(charges.putObject("TransportationCharges"), q.currency(), q.transportation());
        money(charges.putObject("ServiceOptionsCharges"), q.currency(), q.serviceOptions());
        money(charges.putObject("TotalCharges"), q.currency(), q.total());
        if (negotiated) {
            money(results.putObject("NegotiatedRateCharges").putObject("TotalCharge"), q.currency(), q.negotiatedTotal());
        }
        ObjectNode billing = results.putObject("BillingWeight");
        billing.putObject("UnitOfMeasurement").put("Code", "LBS").put("Description", "Pounds");
        billing.put("Weight", q.billablePounds() + ".0");
        results.put("ShipmentIdentificationNumber", shipment.id());
        ArrayNode packages = results.putArray("PackageResults");
        for (ShippedPackage p : shipment.packages()) {
            ObjectNode pr = packages.addObject();
            pr.put("TrackingNumber", p.trackingNumber());
            money(pr.putObject("ServiceOptionsCharges"), q.currency(), BigDecimal.ZERO.setScale(2));
            if (shipment.labelDeliveryEmail() != null) {
                continue; // an Electronic Return Label is e-mailed, not returned
            }
            ObjectNode label = pr.putObject("ShippingLabel");
            label.putObject("ImageFormat").put("Code", p.labelFormat()).put("Description", p.labelFormat());
            label.put("GraphicImage", p.label());
        }
        return root;
    }

    static void money(ObjectNode node, String currency, BigDecimal amount) {
        node.put("CurrencyCode", currency).put("MonetaryValue", amount.setScale(2).toPlainString());
    }
}
