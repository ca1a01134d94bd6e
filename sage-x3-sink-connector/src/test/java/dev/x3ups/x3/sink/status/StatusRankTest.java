package dev.x3ups.x3.sink.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusRankTest {

    @Test
    void ordersTheJourney() {
        assertThat(StatusRank.rank("M")).isLessThan(StatusRank.rank("P"));
        assertThat(StatusRank.rank("P")).isLessThan(StatusRank.rank("I"));
        assertThat(StatusRank.rank("I")).isEqualTo(StatusRank.rank("X"));
        assertThat(StatusRank.rank("O")).isLessThan(StatusRank.rank("D"));
        assertThat(StatusRank.rank(null)).isNegative();
    }

    @Test
    void deliveredAndReturnedAreTerminal() {
        assertThat(StatusRank.isTerminal("D")).isTrue();
        assertThat(StatusRank.isTerminal("rs")).isTrue();
        assertThat(StatusRank.isTerminal("X")).isFalse();
        assertThat(StatusRank.isTerminal("O")).isFalse();
        assertThat(StatusRank.isTerminal("ZZ")).isFalse();
        assertThat(StatusRank.terminalRank("D")).isGreaterThan(StatusRank.terminalRank("RS"));
        assertThat(StatusRank.terminalRank("O")).isZero();
    }
}
