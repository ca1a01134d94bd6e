package dev.x3ups.x3.simulator.api1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhereParserTest {

    private final WhereParser parser = new WhereParser(Set.of("SOHNUM", "BPCNAM", "UPDDATTIM", "ORDDAT", "ORDSTA",
            "DSPTOTWEI", "BPDCRY"));

    private final Map<String, Object> row = Map.of("SOHNUM", "SO000007", "BPCNAM", "Test Company", "UPDDATTIM",
            Instant.parse("2025-01-15T10:00:05Z"), "ORDDAT", LocalDate.parse("2025-01-14"), "ORDSTA", 1,
            "DSPTOTWEI", new BigDecimal("12.500"), "BPDCRY", "US");

    private boolean test(String where) {
        return parser.parse(where).test(row);
    }

    @Test
    void comparesStringsNumbersAndMenus() {
        assertThat(test("SOHNUM eq 'SO000007'")).isTrue();
        assertThat(test("SOHNUM eq \"SO000007\"")).isTrue();
        assertThat(test("SOHNUM ne 'SO000007'")).isFalse();
        assertThat(test("SOHNUM gt 'SO000006'")).isTrue();
        assertThat(test("DSPTOTWEI ge 12.5")).isTrue();
        assertThat(test("DSPTOTWEI lt 12.5")).isFalse();
        assertThat(test("ORDSTA eq 1")).isTrue();
        assertThat(test("ORDSTA le 0")).isFalse();
    }

    @Test
    void comparesDatetimeAndDateLiterals() {
        assertThat(test("UPDDATTIM ge @2025-01-15T10:00:05Z@")).isTrue();
        assertThat(test("UPDDATTIM gt @2025-01-15T10:00:05Z@")).isFalse();
        assertThat(test("UPDDATTIM ge @2025-01-15@")).isTrue();
        assertThat(test("UPDDATTIM lt @2025-01-15@")).isFalse();
        assertThat(test("ORDDAT eq @2025-01-14@")).isTrue();
        assertThat(test("ORDDAT lt @2025-01-14@")).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        // false and false or true = (false and false) or true = true
        assertThat(test("BPDCRY eq 'CA' and ORDSTA eq 2 or SOHNUM eq 'SO000007'")).isTrue();
        // true or false and false = true or (false and false) = true
        assertThat(test("SOHNUM eq 'SO000007' or BPDCRY eq 'CA' and ORDSTA eq 2")).isTrue();
        assertThat(test("(SOHNUM eq 'SO000007' or BPDCRY eq 'CA') and ORDSTA eq 2")).isFalse();
    }

    @Test
    void supportsBetweenInLikeNotAndFunctions() {
        assertThat(test("DSPTOTWEI between 10 and 13")).isTrue();
        assertThat(test("DSPTOTWEI between 13 and 20")).isFalse();
        assertThat(test("BPDCRY in ('CA', 'US', 'GB')")).isTrue();
        assertThat(test("BPDCRY in ('CA', 'GB')")).isFalse();
        assertThat(test("BPCNAM like '%Comp%'")).isTrue();
        assertThat(test("BPCNAM like 'Comp%'")).isFalse();
        assertThat(test("BPCNAM like 'Test_Company'")).isTrue();
        assertThat(test("left(BPCNAM, 4) eq 'Test'")).isTrue();
        assertThat(test("right(BPCNAM,7) eq 'Company'")).isTrue();
        assertThat(test("upper(BPCNAM) eq 'TEST COMPANY'")).isTrue();
        assertThat(test("not BPDCRY eq 'US'")).isFalse();
        assertThat(test("BPDCRY not in ('CA')")).isTrue();
    }

    @Test
    void keywordsAreCaseInsensitiveAndQuotesCanBeDoubled() {
        assertThat(test("SOHNUM EQ 'SO000007' AND BPDCRY Eq 'US'")).isTrue();
        Map<String, Object> quoted = Map.of("BPCNAM", "Erin O'Connell");
        assertThat(parser.parse("BPCNAM eq 'Erin O''Connell'").test(quoted)).isTrue();
    }

    @Test
    void tieBreakConditionOfIncrementalPolling() {
        String where = "(UPDDATTIM gt @2025-01-15T10:00:05Z@) or (UPDDATTIM eq @2025-01-15T10:00:05Z@ and SOHNUM gt 'SO000006')";
        assertThat(test(where)).isTrue();
        String after = "(UPDDATTIM gt @2025-01-15T10:00:05Z@) or (UPDDATTIM eq @2025-01-15T10:00:05Z@ and SOHNUM gt 'SO000007')";
        assertThat(test(after)).isFalse();
    }

    @Test
    void dimensionedFieldsByFirstElementOrOneBasedIndex() {
        WhereParser dims = new WhereParser(Set.of("SOHNUM"), Map.of("BPCNAM", 2, "BPDADDLIG", 3));
        Map<String, Object> r = Map.of("BPCNAM", List.of("Test Company", "Second"),
                "BPDADDLIG", List.of("12 Main St", "Suite 4", ""));
        assertThat(dims.parse("left(BPCNAM,4) eq 'Test'").test(r)).isTrue();
        assertThat(dims.parse("BPCNAM_2 eq 'Second'").test(r)).isTrue();
        assertThat(dims.parse("BPDADDLIG_3 eq ''").test(r)).isTrue();
        assertThatThrownBy(() -> dims.parse("BPDADDLIG_4 eq ''")).isInstanceOf(UnknownPropertyException.class);
        assertThatThrownBy(() -> dims.parse("SOHNUM_1 eq ''")).isInstanceOf(UnknownPropertyException.class);
    }

    @Test
    void emptyWhereMatchesEverything() {
        assertThat(test(null)).isTrue();
        assertThat(test("  ")).isTrue();
    }

    @Test
    void unknownPropertyIsReportedAsSuch() {
        assertThatThrownBy(() -> parser.parse("NOPE eq 1")).isInstanceOf(UnknownPropertyException.class)
                .hasMessageContaining("NOPE");
    }

    @Test
    void syntaxErrorsAreReported() {
        assertThatThrownBy(() -> parser.parse("SOHNUM eq")).isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> parser.parse("SOHNUM eq 'x")).isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> parser.parse("SOHNUM foo 'x'")).isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> parser.parse("(SOHNUM eq 'x'")).isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> parser.parse("UPDDATTIM gt @2025-13-45@")).isInstanceOf(WhereSyntaxException.class);
        assertThatThrownBy(() -> parser.parse("DSPTOTWEI between 1 2")).isInstanceOf(WhereSyntaxException.class);
    }
}
