package dev.x3ups.x3.sink.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.client.Secret;
import dev.x3ups.records.OrderKey;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import dev.x3ups.ups.sink.shipping.OrderShipper;
import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3ClientConfig;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.auth.BasicCredentials;
import dev.x3ups.x3.sink.status.OrderState;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.StatusMerge;
import dev.x3ups.x3.sink.status.StatusVocabulary;
import dev.x3ups.x3.sink.status.TrackedField;
import dev.x3ups.x3.sink.target.Api1ClassTarget;
import dev.x3ups.x3.sink.target.FieldMapping;
import dev.x3ups.x3.sink.testing.Records;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import dev.x3ups.x3.simulator.data.TrackingFields;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every failure code the UPS sink can put on a FAILED ledger entry (its {@link UnshippableOrderException}
 * and {@link OrderShipper} codes, found by reflection so a new one is covered without editing this
 * test, plus an HTTP status and a UPS error code), with a reason longer than X3's field, goes through
 * the decoder and the status merge and is written to the simulator's YSHIPTRK, whose dictionary holds
 * the field lengths: X3 stores each value exactly as sent, no code is a longer one cut inside a word
 * (FIELD_TOO_LONG once arrived as FIELD_TOO_), two codes never become one, and the reason names the
 * full code.
 */
class FailureCodesReachX3WholeTest {
    private static final String LONG_REASON = ("The value of the field is longer than UPS allows for this "
            + "shipment; shorten it in X3 and save the order again. ").repeat(4);

    private X3Simulator sim;
    private X3Client client;
    private Api1ClassTarget target;
    private final RecordDecoder decoder = new RecordDecoder("ups.shipments", "ups.tracking");
    private final StatusMerge merge = new StatusMerge(StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES), "UPS");

    @BeforeEach
    void start() {
        sim = X3Simulator.builder().port(0).start();
        client = X3Client.open(X3ClientConfig.builder().baseUrl(sim.baseUrl()).endpoint("SEED")
                .credentials(new BasicCredentials(X3Simulator.DEFAULT_USER, Secret.of(X3Simulator.DEFAULT_PASSWORD)))
                .build());
        target = new Api1ClassTarget(client.records(), X3Representation.of("YSHIPTRK", "YSHIPTRK"), "YORDNUM",
                "YORDTYP", FieldMapping.parse(FieldMapping.API1_DEFAULT));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    static List<String> upsSinkFailureCodes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Class<?> owner : List.of(UnshippableOrderException.class, OrderShipper.class)) {
            for (Field field : owner.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                        && field.getType() == String.class) {
                    field.setAccessible(true);
                    codes.add((String) field.get(null));
                }
            }
        }
        codes.add("HTTP_503"); // a refusal without a UPS code
        codes.add("120541");   // a UPS error code
        return codes;
    }

    @Test
    void everyFailureCodeAndItsReasonAreStoredByX3ExactlyAsSent() throws Exception {
        List<String> codes = upsSinkFailureCodes();
        assertThat(codes).contains("FIELD_TOO_LONG", "PLANNING_FAILED").hasSizeGreaterThan(20);
        int codeLength = TrackingFields.field("YEXCCOD").orElseThrow().length();
        int reasonLength = TrackingFields.field("YEXCRSN").orElseThrow().length();
        Map<String, String> x3CodeOf = new HashMap<>();

        for (String code : codes) {
            String number = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1))
                    .number();
            OrderKey order = OrderKey.parse("SEED:SALES:" + number);
            OrderUpdate update = decoder.decode(Records.record(Records.failed(order.toString(), code, LONG_REASON)));
            OrderTracking sent = update.applyTo(OrderState.EMPTY, merge).tracking();

            target.write(order, false, sent, EnumSet.allOf(TrackedField.class));

            TrackingRecord stored = sim.admin().writeBack(number).orElseThrow();
            String storedCode = (String) stored.get("YEXCCOD");
            String storedReason = (String) stored.get("YEXCRSN");
            assertThat(storedCode).as(code).isEqualTo(sent.exceptionCode()).hasSizeLessThanOrEqualTo(codeLength);
            assertThat(storedReason).as(code).isEqualTo(sent.exceptionReason())
                    .hasSizeLessThanOrEqualTo(reasonLength).endsWith("…");
            if (!storedCode.equals(code)) {
                assertThat(storedCode).as("a short code of its own, never one cut inside a word").doesNotEndWith("_");
                boolean cutInsideAWord = code.startsWith(storedCode)
                        && Character.isLetterOrDigit(code.charAt(storedCode.length()));
                assertThat(cutInsideAWord).as(code + " became " + storedCode).isFalse();
                assertThat(storedReason).as("the reason names the full code").startsWith(code + ": ");
            }
            assertThat(x3CodeOf.put(storedCode, code)).as("two codes became " + storedCode).isNull();
        }
    }

    @Test
    void whatHappenedAfterTheLabelIsStoredWholeAndTheFlagNamesTheParcel() throws Exception {
        int codeLength = TrackingFields.field("YEXCCOD").orElseThrow().length();
        List<dev.x3ups.records.ShipmentLedgerEntry> entries = new ArrayList<>();
        for (String reason : List.of("CANCELLED", "UNUSED_LABEL", "DUPLICATE")) {
            entries.add(Records.ledger(Records.ORDER, dev.x3ups.records.ShipmentState.VOIDED, List.of("1Z1"), reason,
                    "shipment voided: " + reason));
        }
        for (String flag : List.of("CANCEL_AFTER_PICKUP", "VOID_REFUSED", "CHANGED_AFTER_SHIPPING")) {
            entries.add(Records.created(Records.ORDER, "1Z1").toBuilder().failureCode(flag).failureMessage(LONG_REASON)
                    .build());
        }

        for (dev.x3ups.records.ShipmentLedgerEntry entry : entries) {
            String number = sim.admin().createSalesOrder(SalesOrderDraft.forCustomer("C0001").line("IT0001", 1))
                    .number();
            OrderKey order = OrderKey.parse("SEED:SALES:" + number);
            OrderState shipped = merge.apply(OrderState.EMPTY, Records.created(order.toString(), "1Z1"));
            OrderUpdate update = decoder.decode(Records.record(entry.toBuilder().orderKey(order.toString()).build()));
            OrderTracking sent = update.applyTo(shipped, merge).tracking();

            target.write(order, false, sent, EnumSet.allOf(TrackedField.class));

            TrackingRecord stored = sim.admin().writeBack(number).orElseThrow();
            assertThat((String) stored.get("YEXCCOD")).as(entry.failureCode()).isEqualTo(sent.exceptionCode())
                    .hasSizeLessThanOrEqualTo(codeLength);
            assertThat((String) stored.get("YEXCRSN")).isEqualTo(sent.exceptionReason());
            if (entry.state() == dev.x3ups.records.ShipmentState.CREATED) {
                assertThat(sent.exception()).isTrue();
                assertThat(sent.exceptionReason()).as("the reader finds the parcel").contains("1Z1");
                assertThat(sent.statusDescription()).isEqualTo("Shipment created");
            } else {
                assertThat(sent.statusCode()).isEqualTo("MV");
            }
        }
        assertThat(sim.admin().writeBacks()).extracting(r -> r.get("YEXCCOD")).containsExactly("CANCELLED",
                "UNUSED_LBL", "DUPLICATE", "CANCEL_PU", "VOID_FAIL", "CHANGED");
    }
}
