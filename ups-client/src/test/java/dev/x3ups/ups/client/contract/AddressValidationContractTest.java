package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.FixedTokens;
import dev.x3ups.ups.client.TestConfigs;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.address.AddressCheck;
import dev.x3ups.ups.client.ship.Address;
import dev.x3ups.ups.simulator.contract.UpsContract;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Address Validation requests as the client puts them on the wire, checked against AddressValidation.yaml by the
 * contract proxy (here in front of a canned UPS answer, which the proxy checks too).
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
}
