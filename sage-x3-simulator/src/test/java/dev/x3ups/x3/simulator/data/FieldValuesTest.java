package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    @Test
    void coercesByType() {
        assertThat(FieldValues.coerce(Field.alpha("YCARRIER", 10), "UPS")).isEqualTo("UPS");
        assertThat(FieldValues.coerce(Field.of("YEXCFLG", FieldType.MENU), 2)).isEqualTo(2);
        assertThat(FieldValues.coerce(Field.of("QTY", FieldType.DECIMAL), "2.50")).isEqualTo(new BigDecimal("2.50"));
        assertThat(FieldValues.coerce(Field.of("D", FieldType.DATE), "2025-01-15")).isEqualTo(LocalDate.parse("2025-01-15"));
        assertThat(FieldValues.coerce(Field.of("T", FieldType.DATETIME), "2025-01-15T10:00:00.700Z"))
                .isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
        assertThat(FieldValues.coerce(Field.of("D", FieldType.DATE), "")).isNull();
    }

    @Test
    void padsDimensionedFields() {
        assertThat(FieldValues.coerce(Field.alpha("YTRKNUM", 35, 3), List.of("1Z1"))).isEqualTo(List.of("1Z1", "", ""));
        assertThat(FieldValues.empty(Field.alpha("BPDADDLIG", 50, 3))).isEqualTo(List.of("", "", ""));
    }

    @Test
    void refusesWhatTheFieldCannotHold() {
        assertThatThrownBy(() -> FieldValues.coerce(Field.alpha("YCARRIER", 3), "UPSX"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("YCARRIER"))
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> FieldValues.coerce(Field.alpha("YCARRIER", 10), 12)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FieldValues.coerce(Field.of("N", FieldType.MENU), "two")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FieldValues.coerce(Field.of("N", FieldType.MENU), 1.5)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FieldValues.coerce(Field.of("D", FieldType.DATE), "15/01/2025")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FieldValues.coerce(Field.alpha("A", 5, 2), "x")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FieldValues.coerce(Field.alpha("A", 5, 2), List.of("a", "b", "c")))
                .isInstanceOf(InvalidValueException.class);
    }
}
