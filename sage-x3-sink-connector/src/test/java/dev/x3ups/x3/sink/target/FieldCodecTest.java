package dev.x3ups.x3.sink.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.x3.sink.status.OrderTracking;
import dev.x3ups.x3.sink.status.TrackedField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OrderTracking tracking = new OrderTracking(List.of("1Z1", "1Z2"), "UPS", "X", "Exception", LocalDate.of(2025, 1, 18),
            null, true, "U2", "Damaged", Instant.parse("2025-01-16T07:00:00Z"));

    @Test
    void writesApi1Conventions() {
        ObjectNode body = JSON.createObjectNode();
        new FieldCodec(FieldMapping.parse(FieldMapping.API1_DEFAULT), FlagStyle.MENU)
                .write(tracking, EnumSet.allOf(TrackedField.class), body);
        assertThat(body.toString()).isEqualTo("{\"YTRKNUM\":[\"1Z1\",\"1Z2\"],\"YCARRIER\":\"UPS\",\"YSTACOD\":\"X\","
                + "\"YSTADES\":\"Exception\",\"YSCHDLVDAT\":\"2025-01-18\",\"YDLVDATTIM\":null,\"YEXCFLG\":2,"
                + "\"YEXCCOD\":\"U2\",\"YEXCRSN\":\"Damaged\",\"YEVTDATTIM\":\"2025-01-16T07:00:00Z\",\"YORDDIG\":\"\"}");
    }

    @Test
    void clearsTextWithEmptyStringsAndFlagsAsBooleansInGraphQl() {
        OrderTracking cleared = new OrderTracking(List.of("1Z1"), "UPS", "I", "In transit", null, null, false, null, null,
                Instant.parse("2025-01-17T06:00:00Z"));
        ObjectNode body = JSON.createObjectNode();
        new FieldCodec(FieldMapping.parse(FieldMapping.GRAPHQL_DEFAULT), FlagStyle.BOOLEAN).write(cleared,
                EnumSet.of(TrackedField.EXCEPTION, TrackedField.EXCEPTION_CODE, TrackedField.EXCEPTION_REASON), body);
        assertThat(body.toString()).isEqualTo("{\"yExceptionFlag\":false,\"yExceptionCode\":\"\",\"yExceptionReason\":\"\"}");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        FieldCodec codec = new FieldCodec(FieldMapping.parse(FieldMapping.API1_DEFAULT), FlagStyle.MENU);
        ObjectNode body = JSON.createObjectNode();
        OrderTracking digested = tracking.withOrderDigest("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        codec.write(digested, EnumSet.allOf(TrackedField.class), body);
        assertThat(body.get("YORDDIG").asText()).isEqualTo(digested.orderDigest());
        assertThat(codec.read(body)).isEqualTo(digested);
    }

    @Test
    void readsX3EmptyConventionsAsNoValue() throws Exception {
        JsonNode record = JSON.readTree("{\"YORDNUM\":\"SO1\",\"YTRKNUM\":[\"1Z1\",\"\",\"\"],\"YCARRIER\":\"\","
                + "\"YSTACOD\":\"\",\"YSCHDLVDAT\":null,\"YEXCFLG\":1,\"YEXCCOD\":\"\",\"YEVTDATTIM\":null}");
        OrderTracking read = new FieldCodec(FieldMapping.parse(FieldMapping.API1_DEFAULT), FlagStyle.MENU).read(record);
        assertThat(read).isEqualTo(new OrderTracking(List.of("1Z1"), null, null, null, null, null, false, null, null, null));
    }

    @Test
    void aMappedPickupIsWrittenAndReadBackAsText() {
        List<String> mapping = new java.util.ArrayList<>(FieldMapping.API1_DEFAULT);
        mapping.add(FieldMapping.API1_PICKUP);
        FieldCodec codec = new FieldCodec(FieldMapping.parse(mapping), FlagStyle.MENU);
        ObjectNode body = JSON.createObjectNode();

        codec.write(tracking.withPickup("PRN 2929602E9CP 2026-12-08 15:30-18:30"), EnumSet.of(TrackedField.PICKUP),
                body);

        assertThat(body.get("YPCKPRN").asText()).isEqualTo("PRN 2929602E9CP 2026-12-08 15:30-18:30");
        assertThat(codec.read(body).pickup()).isEqualTo("PRN 2929602E9CP 2026-12-08 15:30-18:30");
        assertThat(new FieldCodec(FieldMapping.parse(FieldMapping.API1_DEFAULT), FlagStyle.MENU).read(body).pickup())
                .as("not mapped: not read").isNull();
    }
}
