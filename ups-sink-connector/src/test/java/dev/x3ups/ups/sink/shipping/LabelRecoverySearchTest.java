package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.UpsUnavailableException;
import dev.x3ups.ups.client.ship.LabelFormat;
import dev.x3ups.ups.client.ship.RecoveredShipment;
import dev.x3ups.ups.client.ship.ShippingLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class LabelRecoverySearchTest {
    private final List<String> asked = new ArrayList<>();

    private LabelRecoverySearch answering(CompletableFuture<RecoveredShipment> answer) {
        return new LabelRecoverySearch((reference, shipper) -> {
            asked.add(reference + "/" + shipper);
            return answer;
        });
    }

    @Test
    void findsThePackagesOfTheRecoveredShipmentByReferenceAndShipperNumber() {
        LabelRecoverySearch search = answering(CompletableFuture.completedFuture(
                new RecoveredShipment("1ZA", List.of("1ZA", "1ZB"), List.of())));

        assertThat(search.trackingNumbers("SEED:SALES:SO1", "A1B2C3").join()).containsExactly("1ZA", "1ZB");
        assertThat(asked).containsExactly("SEED:SALES:SO1/A1B2C3");
    }

    @Test
    void notFoundIsAMiss() {
        LabelRecoverySearch search = answering(CompletableFuture.failedFuture(new CompletionException(
                new UpsRejectedException("label recovery", 400,
                        List.of(new UpsError("190202", "No shipment found")), null))));

        assertThat(search.trackingNumbers("SEED:SALES:SO1", "A1B2C3").join()).isEmpty();
    }

    @Test
    void anUnavailableUpsIsAFailureTheReconcilerRepeats() {
        LabelRecoverySearch search = answering(CompletableFuture.failedFuture(
                new UpsUnavailableException("503", 503, List.of(), null)));

        assertThatThrownBy(() -> search.trackingNumbers("SEED:SALES:SO1", "A1B2C3").join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(UpsUnavailableException.class);
    }

    @Test
    void withoutAShipperNumberUpsIsNotAsked() {
        LabelRecoverySearch search = answering(CompletableFuture.completedFuture(
                new RecoveredShipment("1ZA", List.of("1ZA"), List.of())));

        assertThat(search.trackingNumbers("SEED:SALES:SO1", null).join()).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void inTheLabelFormatTheShipmentComesWithItsLabels() {
        List<LabelFormat> formats = new ArrayList<>();
        ShippingLabel label = new ShippingLabel("1ZA", "ZPL", "XlhB");
        LabelRecoverySearch search = LabelRecoverySearch.inFormat((reference, shipper, format) -> {
            formats.add(format);
            return CompletableFuture.completedFuture(new RecoveredShipment("1ZA", List.of("1ZA"), List.of(label)));
        }, LabelFormat.ZPL);

        FoundShipment found = search.shipment("SEED:SALES:SO1", "A1B2C3").join().orElseThrow();

        assertThat(found.shipmentId()).isEqualTo("1ZA");
        assertThat(found.trackingNumbers()).containsExactly("1ZA");
        assertThat(found.labels()).containsExactly(label);
        assertThat(formats).containsExactly(LabelFormat.ZPL);
    }

    @Test
    void anAnswerWithoutPackagesIsAMiss() {
        LabelRecoverySearch search = answering(CompletableFuture.completedFuture(
                new RecoveredShipment(null, List.of(), List.of())));

        assertThat(search.shipment("SEED:SALES:SO1", "A1B2C3").join()).isEmpty();
    }
}
