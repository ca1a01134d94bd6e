package dev.x3ups.ups.tracking.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.TrackingSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookEventParserTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final WebhookEventParser parser = new WebhookEventParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private TrackingEvent parse(String json) throws MalformedEventException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUpsDocumentedExample() throws Exception {
        TrackingEvent e = parse("""
                { "trackingNumber": "1Z204W4R0308071865",
                  "localActivityDate": "20240423", "localActivityTime": "091519",
                  "gmtActivityDate": "20240423", "gmtActivityTime": "131519", "gmtOffset": "-04.00",
                  "activityLocation": { "city": "Charlotte", "stateProvince": "NC", "postalCode": "", "country": "US" },
                  "activityStatus": { "type": "I", "code": "OT", "description": "Out for Delivery", "descriptionCode": "021" },
                  "scheduledDeliveryDate": "20240423", "actualDeliveryDate": "", "actualDeliveryTime": "",
                  "deliveryStartTime": "", "deliveryEndTime": "", "deliveryTimeDescription": "end of day",
                  "deliveryPhoto": "", "alternateTrackingNumber": "", "receivedBy": "" }""");
        assertThat(e.trackingNumber()).isEqualTo("1Z204W4R0308071865");
        assertThat(e.orderKey()).isNull();
        assertThat(e.statusType()).isEqualTo("I");
        assertThat(e.statusCode()).isEqualTo("OT");
        assertThat(e.statusDescription()).isEqualTo("Out for Delivery");
        assertThat(e.activityTime()).isEqualTo(Instant.parse("2024-04-23T13:15:19Z"));
        assertThat(e.localActivityDate()).isEqualTo("20240423");
        assertThat(e.localActivityTime()).isEqualTo("091519");
        assertThat(e.location()).isEqualTo("Charlotte, NC, US");
        assertThat(e.scheduledDelivery()).isEqualTo(LocalDate.of(2024, 4, 23));
        assertThat(e.actualDelivery()).isNull();
        assertThat(e.exception()).isFalse();
        assertThat(e.source()).isEqualTo(TrackingSource.WEBHOOK);
    }

    @Test
    void isLenientAboutBlanksSpacesAndNumericCodes() throws Exception {
        TrackingEvent e = parse("""
                { "trackingNumber": " 1zabc123 ", "gmtActivityDate": "", "gmtActivityTime": "",
                  "localActivityDate": "20240423", "localActivityTime": "091519", "gmtOffset": "-05:00",
                  "activityStatus": { "type": "d", "code": "", "description": "Delivered", "descriptionCode": 11 },
                  "actualDeliveryDate": "20240423", "actualDeliveryTime": "091519",
                  "activityLocation": { "city": "", "stateProvince": "ZZZ", "postalCode": "A1", "country": "" } }""");
        assertThat(e.trackingNumber()).isEqualTo("1ZABC123");
        assertThat(e.statusType()).isEqualTo("D");
        assertThat(e.statusCode()).isNull();
        assertThat(e.activityTime()).isEqualTo(Instant.parse("2024-04-23T14:15:19Z"));
        assertThat(e.actualDelivery()).isEqualTo(Instant.parse("2024-04-23T14:15:19Z"));
        assertThat(e.location()).isEqualTo("ZZZ, A1");
    }

    @Test
    void anExceptionCarriesItsReasonAndAnEventWithoutTimesGetsTheReceiptTime() throws Exception {
        TrackingEvent e = parse("""
                {"trackingNumber":"1ZX","activityStatus":{"type":"X","code":"X4","description":"Address corrected"}}""");
        assertThat(e.exception()).isTrue();
        assertThat(e.exceptionReason()).isEqualTo("Address corrected");
        assertThat(e.activityTime()).isEqualTo(NOW);
    }

    @Test
    void rejectsWhatIsNotAnEvent() {
        assertThatThrownBy(() -> parse("{not json")).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("{\"trackingNumber\":\"\",\"activityStatus\":{\"type\":\"I\"}}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("{\"trackingNumber\":\"1Z\",\"activityStatus\":{}}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(MalformedEventException.class);
    }
}
