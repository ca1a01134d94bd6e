package dev.x3ups.ups.simulator.pickup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Parts shared by the Pickup answers (Pickup.yaml v2409). */
final class PickupResponses {
    private PickupResponses() {
    }

    static void success(ObjectNode answer) {
        answer.putObject("Response").putObject("ResponseStatus").put("Code", "1").put("Description", "Success");
    }

    /** {@code RateResult}: one base charge, amounts as plain decimals. */
    static void rateResult(ObjectNode answer, BigDecimal charge, boolean sameDay, String countryCode) {
        ObjectNode result = answer.putObject("RateResult");
        result.put("RateType", PickupTariff.rateType(sameDay));
        result.put("CurrencyCode", PickupTariff.currency(countryCode));
        result.putArray("ChargeDetail").addObject().put("ChargeCode", "B").put("ChargeDescription", "BASE CHARGE")
                .put("ChargeAmount", charge.toPlainString());
        result.put("GrandTotalOfAllCharge", charge.toPlainString());
    }
}
