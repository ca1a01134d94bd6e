package dev.x3ups.ups.tracking.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusRankTest {

    @Test
    void ranksThePackageLifeInOrder() {
        assertThat(StatusRank.rank("M")).isLessThan(StatusRank.rank("P"));
        assertThat(StatusRank.rank("P")).isLessThan(StatusRank.rank("I"));
        assertThat(StatusRank.rank("I")).isLessThan(StatusRank.rank("O"));
        assertThat(StatusRank.rank("O")).isLessThan(StatusRank.rank("D"));
        assertThat(StatusRank.rank("RS")).isEqualTo(StatusRank.rank("D"));
    }

    @Test
    void exceptionsAndUpdatesAreNeutral() {
        assertThat(StatusRank.rank("X")).isEqualTo(StatusRank.NEUTRAL);
        assertThat(StatusRank.rank("U")).isEqualTo(StatusRank.NEUTRAL);
        assertThat(StatusRank.rank("MV")).isEqualTo(StatusRank.NEUTRAL);
        assertThat(StatusRank.rank(null)).isEqualTo(StatusRank.NEUTRAL);
    }

    @Test
    void foldsTrackTypesIntoTrackAlertFamilies() {
        assertThat(StatusRank.family("P")).isEqualTo("I");
        assertThat(StatusRank.family("o")).isEqualTo("I");
        assertThat(StatusRank.family(" D ")).isEqualTo("D");
        assertThat(StatusRank.familyRank("P")).isEqualTo(StatusRank.rank("I"));
    }

    @Test
    void deliveredAndReturnedAreFinal() {
        assertThat(StatusRank.isFinal("D")).isTrue();
        assertThat(StatusRank.isFinal("RS")).isTrue();
        assertThat(StatusRank.isFinal("X")).isFalse();
        assertThat(StatusRank.isFinal("O")).isFalse();
    }
}
