package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.network.ValidationError;
import dev.x3ups.ups.simulator.support.ShipRequests;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ShipmentRequestValidatorTest {
    private final ShipmentRequestValidator validator = new ShipmentRequestValidator(ShipRequests.ACCOUNT);

    private String codeAfter(ObjectNode request, Consumer<ObjectNode> breakShipment) {
        breakShipment.accept(ShipRequests.shipment(request));
        Optional<ValidationError> e = validator.validate(request);
        return e.map(ValidationError::code).orElse("OK");
    }

    private String code(Consumer<ObjectNode> breakShipment) {
        return codeAfter(ShipRequests.domestic("X3-1"), breakShipment);
    }

    @Test
    void validRequestsPass() {
        assertThat(validator.validate(ShipRequests.domestic("X3-1"))).isEmpty();
        assertThat(validator.validate(ShipRequests.international("X3-2"))).isEmpty();
    }

    @Test
    void addressLinesAreLimitedToThreeOf35Characters() {
        assertThat(code(s -> ((ObjectNode) s.get("ShipTo").get("Address")).putArray("AddressLine").add("x".repeat(36))))
                .isEqualTo("120201");
        assertThat(code(s -> ((ObjectNode) s.get("ShipTo").get("Address")).putArray("AddressLine")
                .add("a").add("b").add("c").add("d"))).isEqualTo("120201");
        assertThat(code(s -> ((ObjectNode) s.get("ShipTo").get("Address")).putArray("AddressLine")
                .add("x".repeat(35)).add("b").add("c"))).isEqualTo("OK");
    }

    @Test
    void stateIsRequiredForUsAndCanada() {
        assertThat(code(s -> ((ObjectNode) s.get("ShipTo").get("Address")).remove("StateProvinceCode")))
                .isEqualTo("120206");
        assertThat(code(s -> ((ObjectNode) s.get("Shipper").get("Address")).remove("StateProvinceCode")))
                .isEqualTo("120106");
    }

    @Test
    void postalCodesFollowTheCountryFormat() {
        assertThat(code(s -> ((ObjectNode) s.get("ShipTo").get("Address")).put("PostalCode", "3000"))).isEqualTo("120207");
        assertThat(code(s -> ((ObjectNode) s.get("ShipTo").get("Address")).put("PostalCode", "300051234"))).isEqualTo("OK");
        assertThat(code(s -> ShipRequests.address((ObjectNode) s.get("ShipTo").get("Address"), "1 Rue", "Toronto",
                "ON", "M5V 2T6", "CA"))).as("address accepted; the invoice total check comes next").isEqualTo("120415");
        ObjectNode canada = ShipRequests.international("X3-3");
        assertThat(codeAfter(canada, s -> ShipRequests.address((ObjectNode) s.get("ShipTo").get("Address"), "1 Rue",
                "Toronto", "ON", "M5V2T6", "CA"))).as("address accepted, invoice total missing").isEqualTo("120415");
        assertThat(codeAfter(ShipRequests.international("X3-4"), s -> ((ObjectNode) s.get("ShipTo").get("Address"))
                .put("PostalCode", "1011"))).isEqualTo("120207");
        assertThat(codeAfter(ShipRequests.international("X3-5"), s -> ShipRequests.address(
                (ObjectNode) s.get("ShipTo").get("Address"), "10 Downing St", "London", null, "SW1A 2AA", "GB")))
                .isEqualTo("OK");
    }

    @Test
    void weightsNeedAKnownUnitAPositiveValueAndAMaximum() {
        assertThat(code(s -> ((ObjectNode) s.get("Package").get(0).get("PackageWeight").get("UnitOfMeasurement"))
                .put("Code", "LB"))).isEqualTo("9370246");
        assertThat(code(s -> ((ObjectNode) s.get("Package").get(0).get("PackageWeight")).put("Weight", "0")))
                .isEqualTo("120603");
        assertThat(code(s -> ((ObjectNode) s.get("Package").get(0).get("PackageWeight")).put("Weight", "151")))
                .isEqualTo("120604");
        assertThat(code(s -> ((ObjectNode) s.get("Package").get(0)).remove("PackageWeight"))).isEqualTo("120603");
        assertThat(code(s -> ((ObjectNode) s.get("Package").get(0).get("Dimensions")).put("Length", "109")))
                .isEqualTo("120610");
    }

    @Test
    void billShipperAccountMustBeTheShipperNumber() {
        assertThat(code(s -> ((ObjectNode) s.get("PaymentInformation").get("ShipmentCharge").get(0).get("BillShipper"))
                .put("AccountNumber", "ZZZZZZ"))).isEqualTo("120120");
        assertThat(code(s -> s.remove("PaymentInformation"))).isEqualTo("120400");
        assertThat(code(s -> ((ObjectNode) s.get("Shipper")).put("ShipperNumber", "123"))).isEqualTo("120100");
    }

    @Test
    void shipmentLevelReferenceIsRejectedOnUsToUs() {
        assertThat(code(s -> s.putArray("ReferenceNumber").addObject().put("Value", "X3-1"))).isEqualTo("120541");
        assertThat(validator.validate(ShipRequests.international("X3-9"))).isEmpty();
    }

    @Test
    void invoiceLineTotalOnlyAndAlwaysFromTheUsToCanadaOrPuertoRico() {
        Consumer<ObjectNode> toCanada = s -> ShipRequests.address((ObjectNode) s.get("ShipTo").get("Address"),
                "1 Rue", "Toronto", "ON", "M5V2T6", "CA");
        ObjectNode missing = ShipRequests.international("X3-C");
        assertThat(codeAfter(missing, toCanada)).isEqualTo("120415");
        ObjectNode given = ShipRequests.international("X3-C");
        assertThat(codeAfter(given, toCanada.andThen(s -> s.putObject("InvoiceLineTotal").put("CurrencyCode", "USD")
                .put("MonetaryValue", "250")))).isEqualTo("OK");
        ObjectNode cents = ShipRequests.international("X3-C");
        assertThat(codeAfter(cents, toCanada.andThen(s -> s.putObject("InvoiceLineTotal")
                .put("CurrencyCode", "USD").put("MonetaryValue", "250.50")))).isEqualTo("OK");
        ObjectNode tooSmall = ShipRequests.international("X3-C");
        assertThat(codeAfter(tooSmall, toCanada.andThen(s -> s.putObject("InvoiceLineTotal")
                .put("CurrencyCode", "USD").put("MonetaryValue", "0.50")))).isEqualTo("120415");
        ObjectNode noCurrency = ShipRequests.international("X3-C");
        assertThat(codeAfter(noCurrency, toCanada.andThen(s -> s.putObject("InvoiceLineTotal")
                .put("MonetaryValue", "25")))).isEqualTo("120415");
        assertThat(codeAfter(ShipRequests.international("X3-DE"), s -> s.putObject("InvoiceLineTotal")
                .put("CurrencyCode", "USD").put("MonetaryValue", "10"))).isEqualTo("120416");
    }

    @Test
    void referenceValuesAreAtMost35Characters() {
        assertThat(code(s -> ((ObjectNode) s.get("Package").get(0).get("ReferenceNumber").get(0))
                .put("Value", "x".repeat(36)))).isEqualTo("120540");
    }

    @Test
    void serviceMustExistAndBeOfferedOnTheLane() {
        assertThat(code(s -> s.remove("Service"))).isEqualTo("120500");
        assertThat(code(s -> ((ObjectNode) s.get("Service")).put("Code", "07"))).isEqualTo("111210");
    }

    @Test
    void singleObjectsAreAcceptedWhereArraysAreDeclared() {
        assertThat(code(s -> {
            ObjectNode only = (ObjectNode) s.get("Package").get(0);
            s.set("Package", only);
        })).isEqualTo("OK");
    }

    private String international(Consumer<ObjectNode> breakShipment) {
        return codeAfter(ShipRequests.international("X3-INT"), breakShipment);
    }

    @Test
    void acrossBordersContactsAreRequired() {
        assertThat(international(s -> { })).as("negative control: a correct body passes").isEqualTo("OK");
        assertThat(international(s -> ((ObjectNode) s.get("Shipper")).remove("AttentionName"))).isEqualTo("120116");
        assertThat(international(s -> ((ObjectNode) s.get("Shipper")).remove("Phone"))).isEqualTo("120115");
        assertThat(international(s -> ((ObjectNode) s.get("ShipTo")).remove("AttentionName"))).isEqualTo("120209");
        assertThat(international(s -> ((ObjectNode) s.get("ShipTo")).remove("Phone"))).isEqualTo("120213");
    }

    @Test
    void goodsBetweenCountriesNeedACommercialInvoice() {
        assertThat(international(s -> s.remove("ShipmentServiceOptions"))).isEqualTo("120431");
        assertThat(international(s -> ((ObjectNode) s.at("/ShipmentServiceOptions/InternationalForms"))
                .putArray("FormType").add("06"))).as("a packing list is no invoice").isEqualTo("120431");
        assertThat(international(s -> ((ObjectNode) s.at("/ShipmentServiceOptions/InternationalForms"))
                .remove("InvoiceDate"))).isEqualTo("120432");
        assertThat(international(s -> ((ObjectNode) s.at("/ShipmentServiceOptions/InternationalForms"))
                .remove("Contacts"))).isEqualTo("120433");
        assertThat(international(s -> ((ObjectNode) s.at("/ShipmentServiceOptions/InternationalForms/Product/0/Unit"))
                .put("Value", "0"))).isEqualTo("120435");
        assertThat(international(s -> s.put("DocumentsOnlyIndicator", "").remove("ShipmentServiceOptions")))
                .as("documents need no invoice").isEqualTo("OK");
    }

    @Test
    void poBoxesOnlyForServicesThatDeliverThere() {
        Consumer<ObjectNode> poBox = s -> ((ObjectNode) s.at("/ShipTo/Address")).putArray("AddressLine")
                .add("P.O. Box 1234");
        assertThat(code(poBox)).isEqualTo("120217");
        assertThat(code(s -> ((ObjectNode) s.at("/ShipTo/Address")).putArray("AddressLine").add("PO BOX 77")))
                .isEqualTo("120217");
        assertThat(code(s -> ((ObjectNode) s.at("/ShipTo/Address")).putArray("AddressLine").add("12 Boxwood Lane")))
                .isEqualTo("OK");
    }

    @Test
    void packageReferencesOnlyOnUsToUsAndPrToPr() {
        assertThat(international(s -> ShipRequests.addPackage((com.fasterxml.jackson.databind.node.ArrayNode)
                s.get("Package"), "2", "X3-INT"))).isEqualTo("120542");
        assertThat(code(s -> { })).as("US-US: package references are the way").isEqualTo("OK");
    }

    @Test
    void dimensionsAreWholeNumbersOfAtMostThreeDigits() {
        assertThat(code(s -> ((ObjectNode) s.at("/Package/0/Dimensions")).put("Length", "40.3"))).isEqualTo("120609");
        assertThat(code(s -> ((ObjectNode) s.at("/Package/0/Dimensions")).put("Length", "1000"))).isEqualTo("120609");
        assertThat(code(s -> ((ObjectNode) s.at("/Package/0/Dimensions")).put("Length", "109"))).isEqualTo("120610");
    }
}
