package dev.x3ups.ups.client.ship;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.client.json.UpsJson;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/**
 * {@code Shipment.ShipmentServiceOptions.InternationalForms} for a {@link CommercialInvoice}: form type {@code 01}
 * (invoice) with its products, invoice number and date, reason for export, currency and sold-to. Nothing asks
 * for paper: UPS files the invoice electronically when the account has paperless invoicing, and otherwise
 * returns it as an image in {@code ShipmentResults.Form}.
 */
final class InternationalFormsJson {
    static final String INVOICE_FORM = "01";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private InternationalFormsJson() {
    }

    static ObjectNode write(CommercialInvoice invoice) {
        ObjectNode forms = UpsJson.object();
        forms.putArray("FormType").add(INVOICE_FORM);
        forms.put("InvoiceNumber", invoice.invoiceNumber());
        forms.put("InvoiceDate", DATE.format(invoice.invoiceDate()));
        if (UpsParts.hasText(invoice.purchaseOrderNumber())) {
            forms.put("PurchaseOrderNumber", invoice.purchaseOrderNumber());
        }
        forms.put("ReasonForExport", invoice.reasonForExport());
        forms.put("CurrencyCode", invoice.currency());
        forms.putObject("Contacts").set("SoldTo", soldTo(invoice.soldTo()));
        ArrayNode products = forms.putArray("Product");
        for (CommercialInvoice.Product product : invoice.products()) {
            ObjectNode p = products.addObject();
            ArrayNode description = p.putArray("Description");
            product.description().forEach(description::add);
            ObjectNode unit = p.putObject("Unit");
            unit.put("Number", Long.toString(product.quantity()));
            unit.putObject("UnitOfMeasurement").put("Code", product.unitCode());
            unit.put("Value", product.unitValue().setScale(Math.min(6, Math.max(0, product.unitValue().scale())),
                    RoundingMode.HALF_UP).toPlainString());
            if (UpsParts.hasText(product.commodityCode())) {
                p.put("CommodityCode", product.commodityCode());
            }
            if (UpsParts.hasText(product.partNumber())) {
                p.put("PartNumber", product.partNumber());
            }
            if (UpsParts.hasText(product.originCountry())) {
                p.put("OriginCountryCode", product.originCountry());
            }
        }
        return forms;
    }

    /** SoldTo requires an attention name; the buyer's name stands in when X3 has no contact. */
    private static ObjectNode soldTo(Party party) {
        ObjectNode node = UpsJson.object();
        node.put("Name", party.name());
        node.put("AttentionName", UpsParts.hasText(party.attentionName()) ? party.attentionName() : party.name());
        if (UpsParts.hasText(party.phone())) {
            node.putObject("Phone").put("Number", party.phone());
        }
        if (UpsParts.hasText(party.email())) {
            node.put("EMailAddress", party.email());
        }
        node.set("Address", UpsParts.address(party.address(), false));
        return node;
    }
}
