package dev.x3ups.x3.sink.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusVocabularyTest {

    private final StatusVocabulary vocabulary = StatusVocabulary.parse(
            List.of("D=DLV", "I=TRN", "X=EXC", "X:U2=DAMAGED", " o = OFD "));

    @Test
    void mapsTypesAndPrefersTypeAndCode() {
        assertThat(vocabulary.x3Code("D", "KB")).isEqualTo("DLV");
        assertThat(vocabulary.x3Code("x", "U2")).isEqualTo("DAMAGED");
        assertThat(vocabulary.x3Code("X", "U9")).isEqualTo("EXC");
        assertThat(vocabulary.x3Code("O", null)).isEqualTo("OFD");
    }

    @Test
    void writesAnUnmappedTypeAsIs() {
        assertThat(vocabulary.x3Code("RS", null)).isEqualTo("RS");
    }

    @Test
    void findsTheUpsTypeBehindAnX3Code() {
        assertThat(vocabulary.upsType("DLV")).isEqualTo("D");
        assertThat(vocabulary.upsType("DAMAGED")).isEqualTo("X");
        assertThat(vocabulary.upsType("RS")).isEqualTo("RS");
        assertThat(vocabulary.upsType(null)).isNull();
    }

    @Test
    void defaultsAreIdentityForTheUpsTypes() {
        StatusVocabulary defaults = StatusVocabulary.parse(StatusVocabulary.DEFAULT_ENTRIES);
        assertThat(defaults.x3Code("D", null)).isEqualTo("D");
        assertThat(defaults.upsType("M")).isEqualTo("M");
    }

    @Test
    void namesTheBadEntry() {
        assertThatThrownBy(() -> StatusVocabulary.parse(List.of("D=DLV", "I"))).hasMessageContaining("'I'");
        assertThatThrownBy(() -> StatusVocabulary.parse(List.of("D="))).hasMessageContaining("'D='");
        assertThatThrownBy(() -> StatusVocabulary.parse(List.of("D=A", "d=B"))).hasMessageContaining("mapped twice");
    }
}
