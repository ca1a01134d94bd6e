package dev.x3ups.ups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.client.json.UpsJson;
import dev.x3ups.ups.client.pickup.PickupKind;
import dev.x3ups.ups.client.pickup.PickupRequestJson;
import dev.x3ups.ups.client.pickup.Pickups;
import dev.x3ups.ups.client.pickup.SmartPickupTrigger;
import dev.x3ups.ups.simulator.contract.UpsContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Pickup request the client writes, against Pickup.yaml with the documented spec-defect exceptions
 * ({@code OpenApiLeniency}): each exception accepts exactly what UPS documents and nothing more.
 */
class PickupRequestContractTest {
    private static final String CREATE = "/api/pickupcreation/v2409/pickup";
    private final UpsContract contract = UpsContract.get();

    private String creation() {
        return UpsJson.write(PickupRequestJson.creation(Pickups.onCall("ACME-NJ1-20261208").build()));
    }

    @Test
    void findsEveryPickupOperationByMethodThoughTwoShareATemplate() {
        assertThat(contract.find("POST", CREATE)).get().extracting(UpsContract.Operation::spec).isEqualTo("Pickup");
        for (PickupKind kind : PickupKind.values()) {
            assertThat(contract.find("POST", "/api/shipments/v2409/pickup/" + kind.pathValue())).isPresent();
            assertThat(contract.find("GET", "/api/shipments/v2409/pickup/" + kind.pathValue())).isPresent();
        }
        assertThat(contract.find("DELETE", "/api/shipments/v2409/pickup/02")).get()
                .extracting(UpsContract.Operation::template).isEqualTo("/shipments/{version}/pickup/{CancelBy}");
    }

    @Test
    void anOnCallCreationKeepsTheContract() {
        assertThat(contract.checkRequest("POST", CREATE, creation())).isEmpty();
        String minimal = UpsJson.write(PickupRequestJson.creation(Pickups.onCall(null).totalWeight(null).rate(false)
                .payment(dev.x3ups.ups.client.pickup.PickupPayment.none()).build()));
        assertThat(contract.checkRequest("POST", CREATE, minimal)).isEmpty();
    }

    @Test
    void aSmartPickupTriggerKeepsTheContract() {
        for (SmartPickupTrigger.When when : SmartPickupTrigger.When.values()) {
            String body = UpsJson.write(PickupRequestJson.smartTrigger("A1B2C3", when, "ACME-NJ1"));
            assertThat(contract.checkRequest("POST", CREATE, body)).isEmpty();
        }
        assertThat(contract.checkRequest("POST", CREATE,
                UpsJson.write(PickupRequestJson.smartTrigger("A1B2C3D", SmartPickupTrigger.When.SAME_DAY, null))))
                .as("a Smart Pickup account number has exactly 6 characters").isNotEmpty();
    }

    @Test
    void aRatingRequestKeepsTheContract() {
        String body = UpsJson.write(PickupRequestJson.rating(Pickups.onCall("R1").build()));
        for (PickupKind kind : PickupKind.values()) {
            assertThat(contract.checkRequest("POST", "/api/shipments/v2409/pickup/" + kind.pathValue(), body)).isEmpty();
        }
    }

    @Test
    void pickupDateIsExactlyEightCharactersDespiteTheDeclaredMaxLengthOfFour() {
        assertThat(creation()).contains("\"PickupDate\":\"20261208\"");
        assertThat(contract.checkRequest("POST", CREATE, creation().replace("\"20261208\"", "\"1208\"")))
                .as("the declared 4 characters are not accepted either: the format is yyyyMMdd")
                .anySatisfy(v -> assertThat(v).contains("PickupDate"));
    }

    @Test
    void totalWeightTakesOneDecimalDespiteTheDeclaredLengthOfSix() {
        assertThat(creation()).contains("\"Weight\":\"162.5\"");
        assertThat(contract.checkRequest("POST", CREATE, creation().replace("\"162.5\"", "\"5.5\""))).isEmpty();
    }

    @Test
    void theRestOfTheSchemaStillBites() {
        assertThat(contract.checkRequest("POST", CREATE, creation().replace("\"ACME Distribution\"",
                "\"" + "C".repeat(28) + "\""))).as("CompanyName ≤ 27").isNotEmpty();
        assertThat(contract.checkRequest("POST", CREATE, creation().replace("\"ServiceCode\":\"003\"",
                "\"ServiceCode\":\"03\""))).as("3-digit pickup service code").isNotEmpty();
        assertThat(contract.checkRequest("POST", CREATE, creation().replace("\"PaymentMethod\":\"01\",", "")))
                .as("PaymentMethod is required").isNotEmpty();
        String rating = UpsJson.write(PickupRequestJson.rating(Pickups.onCall("R1").build()));
        assertThat(contract.checkRequest("POST", "/api/shipments/v2409/pickup/oncall",
                rating.replace("\"ServiceDateOption\":\"03\"", "\"ServiceDateOption\":\"003\""))).isNotEmpty();
    }

    @Test
    void plainDecimalAmountsInPickupRatesAreAccepted() {
        for (String path : List.of("/api/shipments/v2409/pickup/oncall")) {
            assertThat(contract.checkResponse("POST", path, 200, """
                    {"PickupRateResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                     "RateResult":{"RateType":"FD","CurrencyCode":"USD","GrandTotalOfAllCharge":"9.05",
                      "ChargeDetail":[{"ChargeCode":"B","ChargeAmount":"9.05"}]}}}""")).isEmpty();
        }
        assertThat(contract.checkResponse("POST", CREATE, 200, """
                {"PickupCreationResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                 "PRN":"2929602E9CP","RateStatus":{"Code":"01"},
                 "RateResult":{"CurrencyCode":"USD","GrandTotalOfAllCharge":"9.05"}}}""")).isEmpty();
        assertThat(contract.checkResponse("POST", CREATE, 200, """
                {"PickupCreationResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
                 "PRN":"2929602E9C","RateStatus":{"Code":"01"}}}""")).as("a PRN has 11 characters").isNotEmpty();
    }
}
