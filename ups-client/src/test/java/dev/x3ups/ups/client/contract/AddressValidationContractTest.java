package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.address.AddressCandidate;
import dev.x3ups.ups.client.address.AddressCheck;
import dev.x3ups.ups.client.address.AddressClassification;
import dev.x3ups.ups.client.address.AddressVerdict;
import dev.x3ups.ups.simulator.ApiEndpoint;
import dev.x3ups.ups.client.ship.Address;
import dev.x3ups.ups.simulator.contract.UpsContract;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Address Validation requests as the client puts them on the wire, checked against AddressValidation.yaml by the
 * contract proxy: in front of a canned UPS answer, and in front of the simulator's address book.
 */
class AddressValidationContractTest {
    private static final String VALID = """
            {"XAVResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
              "ValidAddressIndicator":"","AddressClassification":{"Code":"2","Description":"Residential"},
              "Candidate":[{"AddressClassification":{"Code":"2","Description":"Residential"},
                "AddressKeyFormat":{"AddressLine":["1 MAIN ST"],"PoliticalDivision2":"ALPHARETTA",
                "PoliticalDivision1":"GA","PostcodePrimaryLow":"30005","PostcodeExtendedLow":"1234","CountryCode":"US"}}]}}""";

    @StartStop
    private final MockWebServer upsAnswer = new MockWebServer();
    private ContractProxy contract;
    private UpsClients clients;

    @BeforeEach
    void start() {
        contract = new ContractProxy(UpsContract.get(), upsAnswer.url("/").toString().replaceAll("/$", ""));
        clients = UpsClients.create(TestConfigs.forBaseUrl(contract.baseUrl()).build(), new FixedTokens());
    }

    @AfterEach
    void stop() {
        clients.close();
        contract.close();
    }

    private void answerValid(int times) {
        for (int i = 0; i < times; i++) {
            upsAnswer.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(VALID).build());
        }
    }

    @Test
    void validateAndClassifyRequestsKeepTheSchema() throws Exception {
        answerValid(4);
        List<Address> addresses = List.of(
                new Address(List.of("1 Main Street", "Suite 200", "Building B"), "Alpharetta", "GA", "30005-1234", "US", true),
                Address.of("12 Calle Luna", "San Juan", "PR", "00901", "PR"),
                Address.of("1 Yonge St", "Toronto", "ON", "M5E 1W7", "CA"));
        for (Address address : addresses) {
            AddressCheck check = clients.addressValidation().validate(address).get(20, TimeUnit.SECONDS);
            assertThat(check.valid()).isTrue();
        }
        assertThat(clients.addressValidation().classify(addresses.get(0)).get(20, TimeUnit.SECONDS).residential())
                .isTrue();
        assertThat(contract.requestsChecked()).isEqualTo(4);
        assertThat(contract.violations()).as("AddressValidation.yaml violations").isEmpty();
    }

    @Test
    void theCheckCatchesABodyBreakingTheSchema() {
        // negative control: CountryCode is the one required field of AddressKeyFormat
        assertThat(UpsContract.get().checkRequest("POST", "/api/addressvalidation/v2/3",
                "{\"XAVRequest\":{\"AddressKeyFormat\":{\"AddressLine\":[\"1 MAIN ST\"]}}}"))
                .anySatisfy(v -> assertThat(v).contains("CountryCode"));
        assertThat(UpsContract.get().checkRequest("POST", "/api/addressvalidation/v2/3",
                "{\"XAVRequest\":{\"AddressKeyFormat\":{\"PoliticalDivision2\":\"\",\"CountryCode\":\"US\"}}}"))
                .as("no empty strings where the schema wants at least one character").isNotEmpty();
    }
    @Test
    void everyVerdictOfTheSimulatorsAddressBookKeepsTheContract() throws Exception {
        try (SimulatorHarness sim = SimulatorHarness.start()) {
            AddressCheck valid = sim.clients.addressValidation()
                    .validate(Address.of("26601 Aliso Creek Road", "Aliso Viejo", "CA", "92656", "US"))
                    .get(20, TimeUnit.SECONDS);
            assertThat(valid.verdict()).isEqualTo(AddressVerdict.VALID);
            assertThat(valid.classification()).isEqualTo(AddressClassification.COMMERCIAL);
            assertThat(valid.match().orElseThrow().zipPlus4()).isEqualTo("92656-3010");

            AddressCheck ambiguous = sim.clients.addressValidation()
                    .validate(Address.of("10 Elm Street", "Brooklyn", "NY", "11201", "US")).get(20, TimeUnit.SECONDS);
            assertThat(ambiguous.verdict()).isEqualTo(AddressVerdict.AMBIGUOUS);
            assertThat(ambiguous.candidates()).extracting(AddressCandidate::oneLine)
                    .containsExactly("10 ELM ST APT 1, BROOKLYN NY 11201-4512, US",
                            "10 ELM ST APT 2, BROOKLYN NY 11201-4513, US",
                            "10 ELM ST APT 3, BROOKLYN NY 11201-4514, US");

            assertThat(sim.clients.addressValidation()
                    .validate(Address.of("999 Nowhere Road", "Faketown", "TX", "75001", "US"))
                    .get(20, TimeUnit.SECONDS).verdict()).isEqualTo(AddressVerdict.NO_CANDIDATES);
            assertThat(sim.clients.addressValidation()
                    .classify(Address.of("742 Evergreen Terrace", "Springfield", "IL", "62704", "US"))
                    .get(20, TimeUnit.SECONDS).residential()).isTrue();
            assertThat(sim.sim.counters().count(ApiEndpoint.ADDRESS_VALIDATION)).isEqualTo(4);
            sim.assertContractKept();
        }
    }

    @Test
    void streetLevelOutsideUsAndPuertoRicoIsRefused() {
        try (SimulatorHarness sim = SimulatorHarness.start()) {
            assertThatThrownBy(() -> sim.clients.addressValidation()
                    .validate(Address.of("290 Bremner Blvd", "Toronto", "ON", "M5V 2T6", "CA")).get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(UpsRejectedException.class);
            sim.assertContractKept();
        }
    }

    @Test
    void theClientReadsTheSingleObjectShapeUpsReallySends() throws Exception {
        try (SimulatorHarness sim = SimulatorHarness.start(b -> b.addressValidationSingleObjects(true), c -> { })) {
            AddressCheck check = sim.clients.addressValidation()
                    .validate(Address.of("742 Evergreen Terrace", "Springfield", "IL", "62704", "US"))
                    .get(20, TimeUnit.SECONDS);
            assertThat(check.verdict()).isEqualTo(AddressVerdict.VALID);
            assertThat(check.residential()).isTrue();
            assertThat(check.match().orElseThrow().lines()).containsExactly("742 EVERGREEN TER");
            assertThat(sim.contract.violations()).as("the quirk is what the schema does not allow")
                    .isNotEmpty().allSatisfy(v -> assertThat(v).contains("response").contains("Candidate"));
        }
    }
}
