package dev.x3ups.ups.sink.planning;

import static dev.x3ups.ups.sink.planning.TestOrders.address;
import static dev.x3ups.ups.sink.planning.TestOrders.cm;
import static dev.x3ups.ups.sink.planning.TestOrders.customerCa;
import static dev.x3ups.ups.sink.planning.TestOrders.customerUs;
import static dev.x3ups.ups.sink.planning.TestOrders.dimensioned;
import static dev.x3ups.ups.sink.planning.TestOrders.line;
import static dev.x3ups.ups.sink.planning.TestOrders.lineWeighing;
import static dev.x3ups.ups.sink.planning.TestOrders.oneKilo;
import static dev.x3ups.ups.sink.planning.TestOrders.purchase;
import static dev.x3ups.ups.sink.planning.TestOrders.receivingReno;
import static dev.x3ups.ups.sink.planning.TestOrders.sales;
import static dev.x3ups.ups.sink.planning.TestOrders.supplierCa;
import static dev.x3ups.ups.sink.service.FakeQuoter.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.records.Address;
import dev.x3ups.records.Order;
import dev.x3ups.records.OrderLine;

import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.ship.Dimensions;
import dev.x3ups.ups.client.ship.LengthUnit;
import dev.x3ups.ups.client.ship.Money;
import dev.x3ups.ups.client.ship.ParcelPackage;
import dev.x3ups.ups.client.ship.ReferenceNumber;
import dev.x3ups.ups.client.ship.ShipmentRequestJson;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.client.ship.WeightUnit;
import dev.x3ups.ups.sink.digest.OrderDigest;
import dev.x3ups.ups.sink.service.FakeQuoter;
import dev.x3ups.ups.sink.service.RateQuoter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderShipmentPlannerTest {
    private static final String LONG_COMPANY = "Internationale Spedition und Logistik GmbH & Co. KG";
    private static final String LINE_50_A = "Building 7, Northeast Industrial Park Logistics Hu";
    private static final String LINE_50_B = "Attn Receiving Department, Loading Dock Number 12B";

    static Stream<Arguments> plannable() {
        return Stream.of(
                plannable("German non-ASCII name, street and city spelled the German way",
                        sales("ATL", new dev.x3ups.records.Address("Müller & Söhne GmbH", "Jürgen Weiß", "+49 89 1234567", null,
                                List.of("Königstraße 12"), "München", null, "80331", "DE", false), "UWEX", oneKilo()),
                        spec -> {
                            assertThat(spec.shipTo().name()).isEqualTo("Mueller & Soehne GmbH");
                            assertThat(spec.shipTo().attentionName()).isEqualTo("Juergen Weiss");
                            assertThat(spec.shipTo().address().lines()).containsExactly("Koenigstrasse 12");
                            assertThat(spec.shipTo().address().city()).isEqualTo("Muenchen");
                            assertThat(spec.shipTo().address().stateProvince()).isNull();
                            assertThat(spec.serviceCode()).isEqualTo("07");
                        }),
                plannable("French accents dropped",
                        sales("ATL", address("Société Générale de Café", null, "Paris", null, "75008", "FR",
                                "12 rue de l'Église"), "UWEX", oneKilo()),
                        spec -> {
                            assertThat(spec.shipTo().name()).isEqualTo("Societe Generale de Cafe");
                            assertThat(spec.shipTo().address().lines()).containsExactly("12 rue de l'Eglise");
                        }),
                plannable("a name over 35 characters continues in the empty attention line",
                        sales("ATL", address(LONG_COMPANY, null, "Hamburg", null, "20095", "DE", "Speicherstadt 1"),
                                "UWEX", oneKilo()),
                        spec -> {
                            assertThat(spec.shipTo().name()).hasSizeLessThanOrEqualTo(35);
                            assertThat(spec.shipTo().attentionName()).hasSizeLessThanOrEqualTo(35);
                            assertThat(spec.shipTo().name() + " " + spec.shipTo().attentionName())
                                    .isEqualTo(LONG_COMPANY);
                        }),
                plannable("two 50-character X3 lines re-flow over three UPS lines",
                        sales("ATL", address("Peachtree Outfitters", null, "Atlanta", "GA", "30336", "US",
                                LINE_50_A, LINE_50_B), "UGND", oneKilo()),
                        spec -> {
                            List<String> lines = spec.shipTo().address().lines();
                            assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(35));
                            assertThat(String.join(" ", lines)).isEqualTo(LINE_50_A + ", " + LINE_50_B);
                        }),
                plannable("US state and Canadian province given by name",
                        sales("RNO", address("Peach State Retail", null, "Savannah", "Georgia", "31401", "US",
                                "1 Bay St"), "UGND", oneKilo()),
                        spec -> assertThat(spec.shipTo().address().stateProvince()).isEqualTo("GA")),
                plannable("Ontario and a lower-case postal code without space",
                        sales("MIS", address("Maple Leaf Supplies", null, "Ottawa", "Ontario", "k1a0b1", "CA",
                                "111 Wellington St"), "USTD", oneKilo()),
                        spec -> {
                            assertThat(spec.shipTo().address().stateProvince()).isEqualTo("ON");
                            assertThat(spec.shipTo().address().postalCode()).isEqualTo("K1A 0B1");
                        }),
                plannable("UK postcode gets its space", sales("ATL", address("Albion Traders Ltd", null, "London",
                                null, "sw1a1aa", "GB", "10 Downing St"), "UWEX", oneKilo()),
                        spec -> assertThat(spec.shipTo().address().postalCode()).isEqualTo("SW1A 1AA")),
                plannable("US ZIP+4 sent as 9 digits",
                        sales("ATL", address("Peachtree Outfitters", null, "Alpharetta", "GA", "30005-1234", "US",
                                "123 Main St"), "UGND", oneKilo()),
                        spec -> assertThat(spec.shipTo().address().postalCode()).isEqualTo("300051234")),
                plannable("phone cleaned to 10 digits, residential flag kept",
                        sales("ATL", customerUs(), "UGND", oneKilo()),
                        spec -> {
                            assertThat(spec.shipTo().phone()).isEqualTo("4045550123");
                            assertThat(spec.shipTo().address().residential()).isTrue();
                            assertThat(spec.shipper().phone()).isEqualTo("4045550100");
                        }),
                plannable("KG + LB + G + OZ in one order from the US: pounds, rounded up to 0.1",
                        sales("ATL", customerUs(), "UGND", lineWeighing(1000, "IT0001", "1", "1", "KG"),
                                lineWeighing(2000, "IT0002", "1", "2", "LB"), lineWeighing(3000, "IT0003", "1", "500", "G"),
                                lineWeighing(4000, "IT0004", "1", "8", "OZ")),
                        spec -> {
                            // 2.20462262… + 2 + 1.10231131… + 0.5 = 5.8069… lb
                            assertThat(spec.packages()).singleElement().satisfies(p -> {
                                assertThat(p.weight().unit()).isEqualTo(WeightUnit.LBS);
                                assertThat(p.weight().value()).isEqualByComparingTo("5.9");
                            });
                        }),
                plannable("the same mixed units from Canada: kilograms",
                        sales("MIS", customerCa(), "USTD", lineWeighing(1000, "IT0001", "1", "1", "KG"),
                                lineWeighing(2000, "IT0002", "1", "2", "LB"), lineWeighing(3000, "IT0003", "1", "500", "G"),
                                lineWeighing(4000, "IT0004", "1", "8", "OZ")),
                        spec -> {
                            // 1 + 0.90718474 + 0.5 + 0.226796185 = 2.633980925 kg
                            assertThat(spec.packages()).singleElement().satisfies(p -> {
                                assertThat(p.weight().unit()).isEqualTo(WeightUnit.KGS);
                                assertThat(p.weight().value()).isEqualByComparingTo("2.7");
                            });
                        }),
                plannable("ten 40 lb units over a 150 lb maximum: four packages, none over",
                        sales("ATL", customerUs(), "UGND", line(1000, "IT0010", "10", "40", "LB")),
                        spec -> {
                            assertThat(spec.packages()).hasSize(4);
                            assertThat(weights(spec)).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(new BigDecimal("150")))
                                    .allSatisfy(w -> assertThat(w.signum()).isPositive());
                            assertThat(total(spec)).isEqualByComparingTo("400");
                        }),
                plannable("250 lb of bulk (fractional quantity) split into two packages",
                        sales("ATL", customerUs(), "UGND", line(1000, "IT0011", "2.5", "100", "LB")),
                        spec -> assertThat(weights(spec)).usingElementComparator(BigDecimal::compareTo)
                                .containsExactly(new BigDecimal("150"), new BigDecimal("100"))),
                plannable("dimensions from the order line, converted to inches for a US origin, whole and rounded up",
                        sales("ATL", customerUs(), "UGND",
                                dimensioned(1000, "IT0012", "1", "UN", "2", "KG", cm("30", "20", "10"))),
                        spec -> assertThat(spec.packages().get(0).dimensions())
                                .isEqualTo(new Dimensions(new BigDecimal("12"), new BigDecimal("8"),
                                        new BigDecimal("4"), LengthUnit.IN))),
                plannable("inbound purchase order: supplier to the receiving site, billed to the site's account",
                        purchase("RNO", supplierCa(), receivingReno(), oneKilo()),
                        spec -> {
                            assertThat(spec.shipperNumber()).isEqualTo("R3N002");
                            assertThat(spec.shipper().name()).isEqualTo("Reno Fulfillment Center");
                            assertThat(spec.shipFrom().name()).isEqualTo("Great Lakes Components");
                            assertThat(spec.shipFrom().address().stateProvince()).isEqualTo("ON");
                            assertThat(spec.shipTo().attentionName()).isEqualTo("Dock 4");
                            assertThat(spec.shipTo().address().city()).isEqualTo("Reno");
                            assertThat(spec.origin().address().countryCode()).isEqualTo("CA");
                            assertThat(spec.packages().get(0).weight().unit()).isEqualTo(WeightUnit.KGS);
                            assertThat(spec.description()).isEqualTo("Item IT0001");
                            assertThat(spec.shipper().attentionName()).as("international: UPS requires it")
                                    .isEqualTo("Reno Fulfillment Center");
                            assertThat(spec.shipTo().phone()).isEqualTo("4045550123");
                            assertThat(spec.commercialInvoice().reasonForExport()).isEqualTo("SALE");
                            assertThat(spec.commercialInvoice().soldTo().name()).isEqualTo("Reno Fulfillment Center");
                        }),
                plannable("US to US: the key on every package only, customer PO second",
                        sales("ATL", customerUs(), "UGND", line(1000, "IT0010", "4", "40", "LB")),
                        spec -> {
                            assertThat(spec.customerContext()).isEqualTo("SEED:SALES:SO000101");
                            assertThat(spec.shipmentReferences()).isEmpty();
                            assertThat(spec.invoiceLineTotal()).isNull();
                            assertThat(spec.packages()).hasSize(2).allSatisfy(p -> assertThat(p.references())
                                    .containsExactly(ReferenceNumber.of("SEED:SALES:SO000101"),
                                            new ReferenceNumber("PO", "PO-4711")));
                        }),
                plannable("US to Canada: the key at shipment level only",
                        sales("ATL", customerCa(), "USTD", oneKilo()),
                        spec -> {
                            assertThat(spec.shipmentReferences()).first()
                                    .isEqualTo(ReferenceNumber.of("SEED:SALES:SO000101"));
                            assertThat(spec.invoiceLineTotal()).isEqualTo(new Money("USD", new BigDecimal("200")));
                            assertThat(spec.packages().get(0).references()).isEmpty();
                        }),
                plannable("delivery mode mapped to Next Day Air", sales("ATL", customerUs(), "UNDA", oneKilo()),
                        spec -> assertThat(spec.serviceCode()).isEqualTo("01")));
    }

    static Stream<Arguments> unshippable() {
        return Stream.of(
                unshippable("name over 35 with the attention line taken",
                        sales("ATL", address(LONG_COMPANY, "Mr Schmidt", "Hamburg", null, "20095", "DE", "Speicherstadt 1"),
                                "UWEX", oneKilo()),
                        UnshippableOrderException.NAME_TOO_LONG, "shipTo.name", "51 characters", "attention line is taken"),
                unshippable("three 50-character lines cannot fit",
                        sales("ATL", address("Peachtree Outfitters", null, "Atlanta", "GA", "30336", "US",
                                LINE_50_A, LINE_50_B, "Second Floor, Receiving Office Behind The Cafeteri"), "UGND",
                                oneKilo()),
                        UnshippableOrderException.ADDRESS_TOO_LONG, "shipTo.lines", "50, 50 and 50 characters"),
                unshippable("missing US state",
                        sales("ATL", address("Peachtree Outfitters", null, "Alpharetta", "", "30005", "US", "1 Main St"),
                                "UGND", oneKilo()),
                        UnshippableOrderException.NO_STATE, "shipTo.stateProvince is missing", "US"),
                unshippable("Canadian postal code with a digit missing",
                        sales("MIS", address("Maple Leaf Supplies", null, "Toronto", "ON", "M5V 2T", "CA", "1 Front St"),
                                "USTD", oneKilo()),
                        UnshippableOrderException.BAD_POSTAL_CODE, "shipTo.postalCode 'M5V 2T'", "A1A 1A1"),
                unshippable("UK postcode that is digits",
                        sales("ATL", address("Albion Traders Ltd", null, "London", null, "12345", "GB", "1 High St"),
                                "UWEX", oneKilo()),
                        UnshippableOrderException.BAD_POSTAL_CODE, "shipTo.postalCode '12345'", "UK postcode"),
                unshippable("German postal code with four digits",
                        sales("ATL", address("Berliner Handel", null, "Berlin", null, "1011", "DE", "Unter den Linden 1"),
                                "UWEX", oneKilo()),
                        UnshippableOrderException.BAD_POSTAL_CODE, "'1011'", "5 digits"),
                unshippable("a line with weight 0 and no line weight",
                        sales("ATL", customerUs(), "UGND", oneKilo(), line(2000, "IT0009", "3", "0", "")),
                        UnshippableOrderException.NO_WEIGHT, "line 2000 item IT0009"),
                unshippable("a line with no weight at all",
                        sales("ATL", customerUs(), "UGND", line(1000, "IT0009", "1", null, null)),
                        UnshippableOrderException.NO_WEIGHT, "line 1000 item IT0009"),
                unshippable("one unit heavier than the package maximum",
                        sales("ATL", customerUs(), "UGND", line(1000, "IT0015", "1", "200", "LB")),
                        UnshippableOrderException.OVERWEIGHT_ITEM, "line 1000 item IT0015", "150"),
                unshippable("unknown site", sales("PAR", customerUs(), "UGND", oneKilo()),
                        UnshippableOrderException.UNKNOWN_SITE, "site 'PAR'", "[ATL, MIS, RNO]"),
                unshippable("unknown delivery mode", sales("ATL", customerUs(), "PICK", oneKilo()),
                        UnshippableOrderException.NO_SERVICE, "delivery mode 'PICK'"),
                unshippable("Cyrillic city", sales("ATL", address("Ivanov", null, "Москва", null, "101000", "RU",
                                "Tverskaya 1"), "UWEX", oneKilo()),
                        UnshippableOrderException.NOT_ASCII, "shipTo.city 'Москва'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plannable")
    void plansTrickyOrders(String description, Order order, Consumer<ShipmentSpec> expectation) throws Exception {
        CompletableFuture<ShipmentPlan> planned = mappedPlanner(TestOrders.config()).plan(order);
        assertThat(planned).as("a mapped service needs no UPS call").isDone();
        ShipmentPlan plan = planned.get(5, TimeUnit.SECONDS);

        assertThat(plan.reference()).isEqualTo(order.key());
        assertThat(plan.orderDigest()).isEqualTo(OrderDigest.of(order));
        expectation.accept(plan.request());
        assertThat(ShipmentRequestJson.write(plan.request())).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unshippable")
    void refusesWhatUpsCannotTakeWithAPreciseReason(String description, Order order, String code, String[] reason) {
        CompletableFuture<ShipmentPlan> plan = mappedPlanner(TestOrders.config()).plan(order);

        assertThat(plan).isCompletedExceptionally();
        assertThatThrownBy(plan::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(UnshippableOrderException.class)
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code()).isEqualTo(code))
                .message().contains(reason);
    }

    @Test
    void salesOrderShipsFromItsSiteWithItsAccountAndEveryPackageCarriesTheKey() throws Exception {
        ShipmentSpec spec = mappedPlanner(TestOrders.config())
                .plan(sales("MIS", customerCa(), "USTD", oneKilo())).get().request();

        assertThat(spec.shipperNumber()).isEqualTo("M1S003");
        assertThat(spec.shipper().name()).isEqualTo("Mississauga Warehouse");
        assertThat(spec.shipper().address().postalCode()).isEqualTo("L5W 1W2");
        assertThat(spec.shipFrom()).isNull();
        assertThat(spec.serviceCode()).isEqualTo("11");
        assertThat(spec.description()).isEqualTo("Item IT0001");
    }

    @Test
    void inboundOrderWithoutSupplierEmailFailsUnlessItsSitePrintsInboundLabels() throws Exception {
        Address noEmail = address("Great Lakes Components", null, "Hamilton", "ON", "L8P 4R5", "CA", "100 King St W");
        Order order = purchase("RNO", noEmail, receivingReno(), oneKilo());

        assertThatThrownBy(() -> mappedPlanner(TestOrders.config()).plan(order).get())
                .hasCauseInstanceOf(UnshippableOrderException.class)
                .cause().hasMessageContaining("no supplier e-mail")
                .extracting(e -> ((UnshippableOrderException) e).code())
                .isEqualTo(UnshippableOrderException.NO_SUPPLIER_EMAIL);

        Map<String, String> props = TestOrders.config();
        props.put("site.RNO.inbound.labels", "print");
        ShipmentSpec printed = mappedPlanner(props).plan(order).get().request();
        assertThat(printed.returnLabelEmail()).isNull();
    }

    @Test
    void anElectronicReturnLabelFromTheUsToCanadaCarriesNoInvoiceLineTotal() throws Exception {
        Address chicago = new Address("Supplier Industries", "Bob Vendor", "+1 312 555 0111",
                "shipping@supplierindustries.example", List.of("500 W Madison St"), "Chicago", "IL", "60661", "US",
                false);
        Order order = purchase("MIS", chicago, null, oneKilo());

        ShipmentSpec returnLabel = mappedPlanner(TestOrders.config()).plan(order).get().request();
        assertThat(returnLabel.returnLabelEmail()).isEqualTo("shipping@supplierindustries.example");
        assertThat(returnLabel.invoiceLineTotal()).as("UPS takes it on forward shipments only").isNull();

        Map<String, String> props = TestOrders.config();
        props.put("site.MIS.inbound.labels", "print");
        assertThat(mappedPlanner(props).plan(order).get().request().invoiceLineTotal())
                .as("a forward US to CA shipment needs it").isNotNull();
    }

    @Test
    void inboundOrdersMayBeBilledToADedicatedAccount() throws Exception {
        Map<String, String> props = TestOrders.config();
        props.put(PlanningConfig.INBOUND_ACCOUNT_CONFIG, "INB0UN");

        ShipmentSpec spec = mappedPlanner(props).plan(purchase("RNO", supplierCa(), receivingReno(), oneKilo()))
                .get().request();

        assertThat(spec.shipperNumber()).isEqualTo("INB0UN");
        assertThat(spec.shipper().name()).isEqualTo("Reno Fulfillment Center");
    }

    @Test
    void dimensionsComeFromConfiguredDefaultsPerItemThenPerPackagingUnit() throws Exception {
        Map<String, String> props = TestOrders.config();
        props.put(PlanningConfig.PACKAGE_DIMENSIONS_ITEM_CONFIG, "IT0005:12x10x8 IN");
        props.put(PlanningConfig.PACKAGE_DIMENSIONS_PACKAGING_CONFIG, "BOX:40x30x30 CM");
        OrderShipmentPlanner planner = mappedPlanner(props);

        ShipmentSpec byItem = planner.plan(sales("ATL", customerUs(), "UGND", line(1000, "IT0005", "1", "3", "LB")))
                .get().request();
        ShipmentSpec byPackaging = planner.plan(sales("MIS", customerCa(), "USTD",
                dimensioned(1000, "IT0006", "1", "BOX", "5", "KG", null))).get().request();
        ShipmentSpec unknown = planner.plan(sales("ATL", customerUs(), "UGND", line(1000, "IT0007", "1", "3", "LB")))
                .get().request();

        assertThat(byItem.packages().get(0).dimensions())
                .isEqualTo(Dimensions.of("12", "10", "8", LengthUnit.IN));
        assertThat(byPackaging.packages().get(0).dimensions())
                .isEqualTo(Dimensions.of("40", "30", "30", LengthUnit.CM));
        assertThat(unknown.packages().get(0).dimensions()).isNull();
    }

    @Test
    void unknownDeliveryModeUsesTheDefaultServiceWhenOneIsConfigured() throws Exception {
        Map<String, String> props = TestOrders.config();
        props.put(PlanningConfig.SERVICE_DEFAULT_CONFIG, "03");

        ShipmentSpec spec = mappedPlanner(props).plan(sales("ATL", customerUs(), "PICK", oneKilo())).get().request();

        assertThat(spec.serviceCode()).isEqualTo("03");
    }

    @Test
    void shopPicksTheCheapestAllowedServiceAsynchronouslyAndTiesGoToTheFasterOne() {
        Map<String, String> props = TestOrders.config();
        props.put(PlanningConfig.SERVICE_SELECTION_CONFIG, "SHOP");
        props.put(PlanningConfig.SERVICE_ALLOWED_CONFIG, "03,12,02,01");
        FakeQuoter quoter = new FakeQuoter();
        OrderShipmentPlanner planner = OrderShipmentPlanner.create(PlanningConfig.from(props), quoter);

        CompletableFuture<ShipmentPlan> plan = planner.plan(sales("ATL", customerUs(), "UGND", oneKilo()));
        assertThat(plan).isNotDone();
        quoter.shopAnswer.complete(List.of(rated("11", "5.00", null), rated("03", "14.00", "12.50"),
                rated("12", "20.00", null), rated("02", "12.50", null), rated("01", "40.00", null)));

        await().atMost(Duration.ofSeconds(5)).until(plan::isDone);
        ShipmentSpec spec = plan.join().request();
        assertThat(spec.serviceCode()).isEqualTo("02");
        assertThat(quoter.shopped).singleElement().satisfies(s -> {
            assertThat(s.customerContext()).isEqualTo("SEED:SALES:SO000101");
            assertThat(s.negotiatedRates()).isFalse();
        });
    }

    @Test
    void rateAsksForEachAllowedServiceAndSkipsTheOnesUpsRefusesOnTheLane() {
        Map<String, String> props = TestOrders.config();
        props.put(PlanningConfig.SERVICE_SELECTION_CONFIG, "RATE");
        props.put(PlanningConfig.SERVICE_ALLOWED_CONFIG, "03,11,12");
        props.put(PlanningConfig.NEGOTIATED_RATES_CONFIG, "true");
        FakeQuoter quoter = new FakeQuoter();
        quoter.rates.put("03", CompletableFuture.completedFuture(List.of(rated("03", "11.00", "9.80"))));
        quoter.rates.put("11", CompletableFuture.failedFuture(new UpsRejectedException("rate", 400,
                List.of(new UpsError("111210", "The requested service is unavailable between the selected locations.")),
                null)));
        quoter.rates.put("12", CompletableFuture.completedFuture(List.of(rated("12", "10.00", null))));

        ShipmentSpec spec = OrderShipmentPlanner.create(PlanningConfig.from(props), quoter)
                .plan(sales("ATL", customerUs(), "UGND", oneKilo())).join().request();

        assertThat(spec.serviceCode()).isEqualTo("03");
        assertThat(spec.negotiatedRates()).isTrue();
        assertThat(quoter.rated).extracting(ShipmentSpec::serviceCode).containsExactlyInAnyOrder("03", "11", "12");
    }

    @Test
    void theRequestWrittenForUpsCarriesTheKeyOnPackagesAndInTheCustomerContext() throws Exception {
        ShipmentSpec spec = mappedPlanner(TestOrders.config())
                .plan(sales("ATL", customerCa(), "USTD", line(1000, "IT0010", "5", "40", "LB"))).get().request();

        JsonNode json = ShipmentRequestJson.write(spec).path("ShipmentRequest");

        assertThat(json.at("/Request/TransactionReference/CustomerContext").asText()).isEqualTo("SEED:SALES:SO000101");
        JsonNode shipment = json.path("Shipment");
        assertThat(shipment.at("/Shipper/ShipperNumber").asText()).isEqualTo("A1T001");
        assertThat(shipment.at("/ShipTo/Address/PostalCode").asText()).isEqualTo("M5V 2T6");
        assertThat(shipment.at("/ShipTo/Address/StateProvinceCode").asText()).isEqualTo("ON");
        assertThat(shipment.at("/Service/Code").asText()).isEqualTo("11");
        assertThat(shipment.at("/ReferenceNumber/0/Value").asText()).isEqualTo("SEED:SALES:SO000101");
        assertThat(shipment.path("Package")).hasSize(2).allSatisfy(p -> {
            assertThat(p.has("ReferenceNumber")).as("UPS takes package references on US-US and PR-PR only").isFalse();
            assertThat(p.at("/PackageWeight/UnitOfMeasurement/Code").asText()).isEqualTo("LBS");
            assertThat(p.at("/Description").asText()).isEqualTo("Item IT0010");
        });
        assertThat(shipment.at("/Description").asText()).isEqualTo("Item IT0010");
        assertThat(shipment.at("/Shipper/AttentionName").asText()).isEqualTo("Atlanta Distribution Center");
        assertThat(shipment.at("/ShipTo/AttentionName").asText()).isEqualTo("Maple Leaf Supplies");
        assertThat(shipment.at("/ShipTo/Phone/Number").asText()).isEqualTo("4045550123");
        JsonNode forms = shipment.at("/ShipmentServiceOptions/InternationalForms");
        assertThat(forms.at("/FormType/0").asText()).isEqualTo("01");
        assertThat(forms.at("/InvoiceNumber").asText()).isEqualTo("SO000101");
        assertThat(forms.at("/InvoiceDate").asText()).matches("\\d{8}");
        assertThat(forms.at("/ReasonForExport").asText()).isEqualTo("SALE");
        assertThat(forms.at("/CurrencyCode").asText()).isEqualTo("USD");
        assertThat(forms.at("/PurchaseOrderNumber").asText()).isEqualTo("PO-4711");
        assertThat(forms.at("/Contacts/SoldTo/Name").asText()).isEqualTo("Maple Leaf Supplies");
        assertThat(forms.path("Product")).singleElement().satisfies(p -> {
            assertThat(p.at("/Description/0").asText()).isEqualTo("Item IT0010");
            assertThat(p.at("/PartNumber").asText()).isEqualTo("IT0010");
            assertThat(p.at("/CommodityCode").asText()).isEqualTo("847130");
            assertThat(p.at("/OriginCountryCode").asText()).isEqualTo("US");
            assertThat(p.at("/Unit/Number").asText()).isEqualTo("5");
            assertThat(p.at("/Unit/UnitOfMeasurement/Code").asText()).isEqualTo("PCS");
            assertThat(p.at("/Unit/Value").asText()).isEqualTo("19.99");
        });
    }

    @Test
    void domesticShipmentsCarryNoCustomsPaperwork() throws Exception {
        ShipmentSpec spec = mappedPlanner(TestOrders.config()).plan(sales("MIS", customerCa(), "USTD", oneKilo()))
                .get().request();

        assertThat(spec.commercialInvoice()).isNull();
        assertThat(spec.shipmentReferences()).first().isEqualTo(ReferenceNumber.of("SEED:SALES:SO000101"));
        assertThat(spec.packages().get(0).references()).as("CA-CA: shipment level").isEmpty();
    }

    @Test
    void anItemWithoutHsCodeCrossingABorderFailsTheOrderNamingTheItem() {
        OrderLine noHs = new OrderLine(2000, "IT0042", "Widget", BigDecimal.ONE, "UN", BigDecimal.ONE, null, "KG",
                null, new BigDecimal("5"), null, "US", "WID");

        CompletableFuture<ShipmentPlan> plan = mappedPlanner(TestOrders.config())
                .plan(sales("ATL", customerCa(), "USTD", oneKilo(), noHs));

        assertThatThrownBy(plan::get).cause().isInstanceOf(UnshippableOrderException.class)
                .hasMessageContaining("line 2000 item IT0042 has no HS commodity code")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code()).isEqualTo("NO_HS_CODE"));
        assertThat(mappedPlanner(TestOrders.config()).plan(sales("ATL", customerUs(), "UGND", noHs)))
                .as("domestic: no invoice, no HS code needed").isCompleted().isNotCompletedExceptionally();
    }

    @Test
    void configuredDefaultsStandInForMissingCustomsDataAndFamilyDescriptions() throws Exception {
        Map<String, String> props = TestOrders.config();
        props.put("customs.default.commodity.code", "999999");
        props.put("customs.default.origin.country", "ca");
        props.put("customs.commodity.descriptions", "WID:Steel widgets");
        OrderLine bare = new OrderLine(2000, "IT0042", null, new BigDecimal("2.5"), "KG", BigDecimal.ONE, null, "KG",
                null, new BigDecimal("4"), null, null, "WID");

        ShipmentPlan plan = mappedPlanner(props).plan(sales("ATL", customerCa(), "USTD", bare)).get();
        ShipmentSpec spec = plan.request();

        assertThat(plan.notes()).as("the ledger says which defaults stood in")
                .isEqualTo("HS code from customs.default.commodity.code for [IT0042]; "
                        + "country of origin from customs.default.origin.country for [IT0042]");
        assertThat(mappedPlanner(props).plan(sales("ATL", customerCa(), "USTD", oneKilo())).get().notes())
                .as("X3 held everything").isNull();
        assertThat(spec.description()).isEqualTo("Steel widgets");
        assertThat(spec.commercialInvoice().products()).singleElement().satisfies(p -> {
            assertThat(p.commodityCode()).isEqualTo("999999");
            assertThat(p.originCountry()).isEqualTo("CA");
            assertThat(p.quantity()).as("a fractional quantity is one lot").isEqualTo(1);
            assertThat(p.unitValue()).isEqualByComparingTo("10.00");
        });
    }

    @Test
    void aReceiverWithoutPhoneFailsAcrossBordersUnlessTheSiteHasADefault() throws Exception {
        dev.x3ups.records.Address noPhone = new dev.x3ups.records.Address("Maple Leaf Supplies", null, null, null,
                List.of("290 Bremner Blvd"), "Toronto", "ON", "M5V 2T6", "CA", false);
        Map<String, String> props = TestOrders.config();

        assertThatThrownBy(mappedPlanner(props).plan(sales("ATL", noPhone, "USTD", oneKilo()))::get).cause()
                .hasMessageContaining("ship-to of order SEED:SALES:SO000101 has no phone")
                .hasMessageContaining("site.ATL.default.contact.phone")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code()).isEqualTo("NO_PHONE"));

        props.put("site.ATL.default.contact.phone", "404-555-0199");
        ShipmentPlan plan = mappedPlanner(props).plan(sales("ATL", noPhone, "USTD", oneKilo())).get();
        ShipmentSpec spec = plan.request();
        assertThat(plan.notes()).isEqualTo("receiver phone from site.ATL.default.contact.phone "
                + "(the X3 ship-to contact has none)");
        assertThat(spec.shipTo().phone()).isEqualTo("4045550199");
        assertThat(spec.shipTo().attentionName()).isEqualTo("Maple Leaf Supplies");
    }

    @Test
    void aSiteWithoutPhoneCannotShipAcrossBorders() {
        Map<String, String> props = TestOrders.config();
        props.remove("site.ATL.phone");

        assertThatThrownBy(mappedPlanner(props).plan(sales("ATL", customerCa(), "USTD", oneKilo()))::get).cause()
                .hasMessageContaining("site ATL has no phone")
                .satisfies(e -> assertThat(((UnshippableOrderException) e).code()).isEqualTo("NO_PHONE"));
    }

    private static OrderShipmentPlanner mappedPlanner(Map<String, String> props) {
        return OrderShipmentPlanner.create(PlanningConfig.from(props), (RateQuoter) null);
    }

    private static Arguments plannable(String description, Order order, Consumer<ShipmentSpec> expectation) {
        return Arguments.of(description, order, expectation);
    }

    private static Arguments unshippable(String description, Order order, String code, String... reason) {
        return Arguments.of(description, order, code, reason);
    }

    private static List<BigDecimal> weights(ShipmentSpec spec) {
        return spec.packages().stream().map(ParcelPackage::weight).map(w -> w.value()).toList();
    }

    private static BigDecimal total(ShipmentSpec spec) {
        return weights(spec).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
