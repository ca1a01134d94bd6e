package dev.x3ups.x3.sink.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.sink.status.TrackedField;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

    @Test
    void defaultsMapEveryField() {
        assertThat(FieldMapping.parse(FieldMapping.API1_DEFAULT).fields()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(TrackedField.values()).filter(f -> f != TrackedField.PICKUP)
                        .toArray(TrackedField[]::new));
        assertThat(FieldMapping.parse(List.of(FieldMapping.GRAPHQL_PICKUP, "trackingNumbers=a", "statusCode=b",
                "lastEventAt=c")).name(TrackedField.PICKUP)).as("the pickup is added by sites that book pickups")
                .isEqualTo("yPickup");
        assertThat(FieldMapping.parse(FieldMapping.GRAPHQL_DEFAULT).name(TrackedField.EXCEPTION)).isEqualTo("yExceptionFlag");
    }

    @Test
    void aSiteMayLeaveOutOptionalFields() {
        FieldMapping mapping = FieldMapping.parse(List.of("trackingNumbers=ZTRK", "statusCode=ZSTA", "lastEventAt=ZEVT"));
        assertThat(mapping.fields()).containsExactlyInAnyOrder(TrackedField.TRACKING_NUMBERS, TrackedField.STATUS_CODE,
                TrackedField.LAST_EVENT_AT);
        assertThat(mapping.name(TrackedField.CARRIER)).isNull();
    }

    @Test
    void refusesIncompleteOrBadMappings() {
        assertThatThrownBy(() -> FieldMapping.parse(List.of("trackingNumbers=A", "statusCode=B")))
                .hasMessageContaining("'lastEventAt' must be mapped");
        assertThatThrownBy(() -> FieldMapping.parse(List.of("colour=RED"))).hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> FieldMapping.parse(List.of("statusCode"))).hasMessageContaining("'statusCode'");
        assertThatThrownBy(() -> FieldMapping.parse(List.of("statusCode=A", "statusCode=B"))).hasMessageContaining("twice");
    }
}
