package dev.x3ups.ups.client.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShipmentRequestJsonTest {

    @Test
    void domesticShipmentCarriesTheKeyAtPackageLevelAndInCustomerContextOnly() {
        JsonNode root = ShipmentRequestJson.write(Shipments.domesticUs("X3:SALES:SO1")
                .addShipmentReference(ReferenceNumber.of("X3:SALES:SO1")).build());
        JsonNode request = root.path("ShipmentRequest");
        assertThat(request.path("Request").path("TransactionReference").path("CustomerContext").asText())
                .isEqualTo("X3:SALES:SO1");
        assertThat(request.path("Request").path("RequestOption").asText()).isEqualTo("nonvalidate");
        JsonNode shipment = request.path("Shipment");
        assertThat(shipment.has("ReferenceNumber")).as("120541 on US->US").isFalse();
        assertThat(shipment.path("Package").get(0).path("ReferenceNumber").get(0).path("Value").asText())
                .isEqualTo("X3:SALES:SO1");
        assertThat(shipment.path("Shipper").path("ShipperNumber").asText()).isEqualTo("A1B2C3");
        assertThat(shipment.path("PaymentInformation").path("ShipmentCharge").get(0).path("BillShipper")
                .path("AccountNumber").asText()).isEqualTo("A1B2C3");
        assertThat(shipment.path("ShipTo").path("Address").path("ResidentialAddressIndicator").isTextual()).isTrue();
        assertThat(shipment.path("Shipper").path("Address").path("AddressLine")).hasSize(2);
        assertThat(shipment.path("Service").path("Code").asText()).isEqualTo("03");
        assertThat(shipment.has("ShipFrom")).isFalse();
        assertThat(request.path("LabelSpecification").path("LabelImageFormat").path("Code").asText()).isEqualTo("GIF");
        assertThat(request.path("LabelSpecification").has("LabelStockSize")).isFalse();
    }

    @Test
    void internationalShipmentAlsoCarriesTheShipmentLevelReference() {
        JsonNode shipment = ShipmentRequestJson.write(Shipments.usToCanada("X3:SALES:SO2").build())
                .path("ShipmentRequest").path("Shipment");
        assertThat(shipment.path("ReferenceNumber").get(0).path("Value").asText()).isEqualTo("X3:SALES:SO2");
        assertThat(shipment.path("InvoiceLineTotal").path("MonetaryValue").asText()).isEqualTo("250.00");
        assertThat(shipment.path("Package").get(0).has("Dimensions")).isFalse();
    }

    @Test
    void inboundShipmentHasAShipFromDifferentFromTheShipper() {
        JsonNode shipment = ShipmentRequestJson.write(Shipments.inbound("X3:PURCHASE:PO1").build())
                .path("ShipmentRequest").path("Shipment");
        assertThat(shipment.path("ShipFrom").path("Name").asText()).isEqualTo("Supplier Industries");
        assertThat(shipment.path("Shipper").path("Name").asText()).isEqualTo("ACME Distribution");
        assertThat(shipment.path("ShipTo").path("Name").asText()).isEqualTo("ACME Distribution");
    }

    @Test
    void electronicReturnLabelIsReturnServiceEightWithTheLabelDeliveryEmail() {
        JsonNode shipment = ShipmentRequestJson.write(Shipments.inbound("X3:PURCHASE:PO1")
                .returnLabelEmail("supplier@example.com").build()).path("ShipmentRequest").path("Shipment");
        assertThat(shipment.at("/ReturnService/Code").asText()).isEqualTo("8");
        assertThat(shipment.at("/ShipmentServiceOptions/LabelDelivery/EMail/EMailAddress").asText())
                .isEqualTo("supplier@example.com");
        JsonNode ordinary = ShipmentRequestJson.write(Shipments.inbound("X3:PURCHASE:PO1").build())
                .path("ShipmentRequest").path("Shipment");
        assertThat(ordinary.has("ReturnService")).isFalse();
    }

    @Test
    void weightsAndDimensionsAreUpsStrings() {
        JsonNode packages = ShipmentRequestJson.write(Shipments.multiPackage("K").build())
                .path("ShipmentRequest").path("Shipment").path("Package");
        assertThat(packages).hasSize(3);
        assertThat(packages.get(0).path("PackageWeight").path("Weight").asText()).isEqualTo("5");
        assertThat(packages.get(1).path("PackageWeight").path("Weight").asText()).isEqualTo("12");
        assertThat(packages.get(2).path("PackageWeight").path("Weight").asText()).isEqualTo("0.4");
        assertThat(packages.get(0).path("Dimensions").path("Length").asText()).isEqualTo("10");
        assertThat(packages.get(0).path("Packaging").path("Code").asText()).isEqualTo("02");
        assertThat(new Weight(new BigDecimal("0.01"), WeightUnit.KGS).upsText()).isEqualTo("0.1");
    }

    @Test
    void thermalLabelsGetAStockSizeAndNegotiatedRatesAreFlagged() {
        JsonNode request = ShipmentRequestJson.write(Shipments.domesticUs("K").labelFormat(LabelFormat.ZPL)
                .negotiatedRates(true).build()).path("ShipmentRequest");
        assertThat(request.path("LabelSpecification").path("LabelStockSize").path("Height").asText()).isEqualTo("6");
        assertThat(request.path("Shipment").path("ShipmentRatingOptions").has("NegotiatedRatesIndicator")).isTrue();
    }

    @Test
    void namesGoOutAsGivenUpToUpsLimit() {
        String name = "N".repeat(Party.NAME_MAX);
        ShipmentSpec spec = Shipments.domesticUs("K")
                .shipTo(Party.of(name, Address.of("1 Main St", "Alpharetta", "GA", "30005", "US"))).build();
        assertThat(ShipmentRequestJson.write(spec).path("ShipmentRequest").path("Shipment").path("ShipTo")
                .path("Name").asText()).isEqualTo(name);
    }

    @Test
    void dimensionsAreWholeNumbersRoundedUp() {
        ShipmentSpec spec = Shipments.canadaToUs("X3:SALES:SO1").build();

        com.fasterxml.jackson.databind.JsonNode dims = ShipmentRequestJson.write(spec)
                .at("/ShipmentRequest/Shipment/Package/0/Dimensions");

        assertThat(dims.path("Length").asText()).isEqualTo("31");
        assertThat(dims.path("Width").asText()).isEqualTo("20");
        assertThat(dims.path("Height").asText()).isEqualTo("11");
    }

    @Test
    void referencesGoToTheOneLevelTheLaneAllows() {
        com.fasterxml.jackson.databind.JsonNode shipment = ShipmentRequestJson.write(
                Shipments.canadaDomestic("X3:SALES:SO2").build()).at("/ShipmentRequest/Shipment");

        assertThat(shipment.at("/ReferenceNumber/0/Value").asText()).isEqualTo("X3:SALES:SO2");
        assertThat(shipment.at("/Package/0").has("ReferenceNumber")).as("CA-CA: not at package level").isFalse();
        assertThat(shipment.has("ShipmentServiceOptions")).as("no invoice within one country").isFalse();
    }

    @Test
    void anInternationalShipmentCarriesThePaperlessInvoice() {
        com.fasterxml.jackson.databind.JsonNode forms = ShipmentRequestJson.write(
                Shipments.usToGermany("X3:SALES:SO3").build()).at("/ShipmentRequest/Shipment/ShipmentServiceOptions/InternationalForms");

        assertThat(forms.at("/FormType/0").asText()).isEqualTo("01");
        assertThat(forms.at("/InvoiceNumber").asText()).isEqualTo("SO3");
        assertThat(forms.at("/InvoiceDate").asText()).isEqualTo("20261120");
        assertThat(forms.at("/Contacts/SoldTo/AttentionName").asText()).isEqualTo("Max Muster");
        assertThat(forms.at("/Product/0/Unit/Number").asText()).isEqualTo("12");
        assertThat(forms.at("/Product/0/Unit/Value").asText()).isEqualTo("1.25");
        assertThat(forms.at("/Product/0/CommodityCode").asText()).isEqualTo("731815");
        assertThat(forms.at("/Product/0/OriginCountryCode").asText()).isEqualTo("US");
    }
}
