package dev.x3ups.it.x3sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.PickupKind;
import dev.x3ups.records.PickupPiece;
import dev.x3ups.records.PickupRecord;
import dev.x3ups.records.PickupRecords;
import dev.x3ups.records.PickupState;
import dev.x3ups.records.ShipmentState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The X3 sink writes a booked UPS pickup (PRN, day, window) on the orders it collects, from {@code ups.pickups}. */
@ConnectIT
class X3PickupIT {
    private static final String FIELDS = "trackingNumbers=YTRKNUM,carrier=YCARRIER,statusCode=YSTACOD,"
            + "statusDescription=YSTADES,scheduledDelivery=YSCHDLVDAT,deliveredAt=YDLVDATTIM,exceptionFlag=YEXCFLG,"
            + "exceptionCode=YEXCCOD,exceptionReason=YEXCRSN,lastEventAt=YEVTDATTIM,orderDigest=YORDDIG,pickup=YPCKPRN";

    @Test
    void thePrnOfABookedPickupIsWrittenOnEveryOrderItCollects(ConnectCluster cluster, TestNames names) {
        try (SinkRun run = SinkRun.start(cluster, names)) {
            String pickups = names.topic("ups.pickups");
            cluster.topics().createCompacted(pickups, 1);
            Map<String, String> config = run.api1Config();
            config.put("topics", config.get("topics") + "," + pickups);
            config.put("x3.pickups.topic", pickups);
            config.put("x3.target.fields", FIELDS);
            run.create(config);
            run.produce(X3SinkScenarios.ledger("SO000001", ShipmentState.CREATED, List.of("1ZPICK1"), null, null));
            run.produce(X3SinkScenarios.ledger("SO000002", ShipmentState.CREATED, List.of("1ZPICK2"), null, null));
            run.awaitWriteBack("SO000002", "YSTACOD", "M");

            PickupRecord booked = new PickupRecord("ATL", LocalDate.parse("2026-12-08"), PickupKind.ON_CALL,
                    PickupState.BOOKED, "X3UPS-PICKUP-ATL-20261208", "2929602E9CP", LocalTime.of(15, 0),
                    LocalTime.of(18, 0), List.of(new PickupPiece("003", "US", "01", 2)), null, false,
                    List.of("SEED:SALES:SO000001", "SEED:SALES:SO000002"), null, null, null, Instant.now());
            produce(run, pickups, booked);

            run.awaitWriteBack("SO000001", "YPCKPRN", "PRN 2929602E9CP 2026-12-08 15:00-18:00");
            run.awaitWriteBack("SO000002", "YPCKPRN", "PRN 2929602E9CP 2026-12-08 15:00-18:00");
            assertThat(String.valueOf(run.writeBack("SO000001").orElseThrow().get("YTRKNUM"))).contains("1ZPICK1");
            assertThat(run.writeBack("SO000001").orElseThrow().get("YORDDIG")).isEqualTo("digest");

            // the day's packages were all voided and the pickup cancelled: X3 no longer shows it
            produce(run, pickups, booked.with(PickupState.CANCELLED, booked.prn(), null, null, null, Instant.now()));
            await("YPCKPRN of SO000001 cleared").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> run.writeBack("SO000001").map(r -> r.get("YPCKPRN")).orElse(null),
                            v -> v == null || v.toString().isBlank());
            assertThat(run.deadLetters()).isEmpty();
        }
    }

    private static void produce(SinkRun run, String topic, PickupRecord record) {
        PickupRecords.Codec codec = new PickupRecords.Codec(topic);
        run.cluster.writer().produce(topic, record.key().getBytes(StandardCharsets.UTF_8), codec.value(record));
    }
}
