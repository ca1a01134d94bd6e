package dev.x3ups.labels.printer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.DocumentKind;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShippingLabel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class UpsLabelFallbackTest {
    private final List<String> asked = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final UpsLabelFallback fallback = new UpsLabelFallback(number -> {
        asked.add(number);
        return number.endsWith("9")
                ? CompletableFuture.failedFuture(new IllegalStateException("no shipment " + number))
                : CompletableFuture.completedFuture(new RecoveredShipment("1ZSHIP", List.of(number),
                        List.of(new ShippingLabel(number, "ZPL", base64("^XA" + number + "^XZ")))));
    }, LabelFormat.ZPL, Duration.ofSeconds(1), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void recoversTheNumbersTheTopicLacksAsLabelsInPackageOrder() throws Exception {
        List<List<LabelDocument>> shipments = fallback.recover("SEED:SALES:SO0001", List.of("1ZA1", "1ZA2", "1ZA3"),
                Set.of("1ZA2"), problems::add);

        assertThat(asked).containsExactly("1ZA1", "1ZA3");
        assertThat(shipments).singleElement().satisfies(documents -> {
            assertThat(documents).extracting(LabelDocument::trackingNumber).containsExactly("1ZA1", "1ZA3");
            assertThat(documents).extracting(LabelDocument::packageSequence).containsExactly(1, 3);
            assertThat(documents).allSatisfy(d -> {
                assertThat(d.kind()).isEqualTo(DocumentKind.LABEL);
                assertThat(d.format()).isEqualTo(DocumentFormat.ZPL);
                assertThat(d.site()).isEmpty();
                assertThat(d.packageCount()).isEqualTo(3);
                assertThat(d.orderKey()).isEqualTo("SEED:SALES:SO0001");
                assertThat(d.shipmentId()).isEqualTo("1ZSHIP");
            });
            assertThat(new String(documents.get(0).image(), StandardCharsets.US_ASCII)).isEqualTo("^XA1ZA1^XZ");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aNumberUpsDoesNotKnowIsReportedAndLeftOut() throws Exception {
        List<List<LabelDocument>> shipments = fallback.recover("", List.of("1ZA9"), Set.of(), problems::add);

        assertThat(shipments).isEmpty();
        assertThat(problems).singleElement().asString().contains("1ZA9").contains("no shipment 1ZA9");
    }

    @Test
    void aLabelWithoutAnImageIsNoDocument() throws Exception {
        UpsLabelFallback empty = new UpsLabelFallback(number -> CompletableFuture.completedFuture(
                new RecoveredShipment(null, List.of(number), List.of())), LabelFormat.GIF, Duration.ofSeconds(1),
                Clock.systemUTC());

        assertThat(empty.recover("", List.of("1ZB1"), Set.of(), problems::add)).isEmpty();
        assertThat(problems).singleElement().asString().contains("no label of 1ZB1");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
