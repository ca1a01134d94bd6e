package dev.x3ups.x3.client.mapping;

import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class X3RowTest {

    @Test
    void dimensionedFieldsFromArraysOrIndexedKeysInIndexOrder() {
        assertThat(new X3Row(tree("{\"L\":[\"a\",\"\",\"c\"]}")).dimensioned("L")).containsExactly("a", null, "c");
        assertThat(new X3Row(tree("{\"L_3\":\"c\",\"L_1\":\"a\",\"L_2\":\"b\",\"L_10\":\"j\",\"LX_1\":\"no\"}"))
                .dimensioned("L")).containsExactly("a", "b", "c", "j");
        assertThat(new X3Row(tree("{\"L_0\":\"zero\",\"L_1\":\"one\"}")).dimensioned("L", 0)).isEqualTo("zero");
        assertThat(new X3Row(tree("{\"L\":\"flat\"}")).dimensioned("L")).containsExactly("flat");
        assertThat(new X3Row(tree("{}")).dimensioned("L")).isEmpty();
    }

    @Test
    void textIsTrimmedAndBlankIsNull() {
        X3Row row = new X3Row(tree("{\"A\":\"  x \",\"B\":\"\",\"C\":null,\"N\":3}"));
        assertThat(row.text("A")).isEqualTo("x");
        assertThat(row.text("B")).isNull();
        assertThat(row.text("C")).isNull();
        assertThat(row.text("missing")).isNull();
        assertThat(row.text("N")).isEqualTo("3");
        assertThat(row.firstText("B", "C", "A")).isEqualTo("x");
    }

    @Test
    void decimalsFromNumbersOrStrings() {
        X3Row row = new X3Row(tree("{\"A\":1.25,\"B\":\"2.5\",\"C\":\"n/a\",\"Z\":0}"));
        assertThat(row.decimal("A")).isEqualByComparingTo("1.25");
        assertThat(row.decimal("B")).isEqualByComparingTo("2.5");
        assertThat(row.decimal("C")).isNull();
        assertThat(row.positive("Z")).isNull();
        assertThat(row.positive("A")).isEqualByComparingTo("1.25");
    }

    @Test
    void instantsInUtcWithOrWithoutZone() {
        X3Row row = new X3Row(tree("{\"A\":\"2025-01-15T10:00:05Z\",\"B\":\"2025-01-15T10:00:05\",\"C\":\"soon\"}"));
        assertThat(row.instant("A")).isEqualTo(Instant.parse("2025-01-15T10:00:05Z"));
        assertThat(row.instant("B")).isEqualTo(Instant.parse("2025-01-15T10:00:05Z"));
        assertThat(row.instant("C")).isNull();
    }

    @Test
    void collectionsOnlyWhenArrays() {
        X3Row row = new X3Row(tree("{\"LINES\":[{\"ITMREF\":\"IT1\"}],\"X\":\"y\"}"));
        assertThat(row.collection("LINES")).singleElement().satisfies(l -> assertThat(l.text("ITMREF")).isEqualTo("IT1"));
        assertThat(row.collection("X")).isNull();
    }
}
