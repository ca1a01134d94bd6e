package dev.x3ups.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpsStatusTest {

    @Test
    void ranksThePackageLifeInOrder() {
        assertThat(UpsStatus.progress("M")).isLessThan(UpsStatus.progress("P"));
        assertThat(UpsStatus.progress("P")).isLessThan(UpsStatus.progress("I"));
        assertThat(UpsStatus.progress("I")).isLessThan(UpsStatus.progress("O"));
        assertThat(UpsStatus.progress("O")).isLessThan(UpsStatus.progress("D"));
        assertThat(UpsStatus.progress("RS")).isEqualTo(UpsStatus.progress("D"));
    }

    @Test
    void exceptionsUpdatesAndUnknownTypesAreNeutral() {
        assertThat(UpsStatus.progress("X")).isEqualTo(UpsStatus.NEUTRAL);
        assertThat(UpsStatus.progress("U")).isEqualTo(UpsStatus.NEUTRAL);
        assertThat(UpsStatus.progress("MV")).isEqualTo(UpsStatus.NEUTRAL);
        assertThat(UpsStatus.progress("ZZ")).isEqualTo(UpsStatus.NEUTRAL);
        assertThat(UpsStatus.progress(null)).isEqualTo(UpsStatus.NEUTRAL);
    }

    @Test
    void foldsTrackTypesIntoTrackAlertFamilies() {
        assertThat(UpsStatus.family("P")).isEqualTo("I");
        assertThat(UpsStatus.family("o")).isEqualTo("I");
        assertThat(UpsStatus.family(" D ")).isEqualTo("D");
        assertThat(UpsStatus.family("RS")).isEqualTo("RS");
        assertThat(UpsStatus.familyProgress("P")).isEqualTo(UpsStatus.progress("I"));
    }

    @Test
    void deliveredAndReturnedAreTerminal() {
        assertThat(UpsStatus.isTerminal("D")).isTrue();
        assertThat(UpsStatus.isTerminal("rs")).isTrue();
        assertThat(UpsStatus.isTerminal("X")).isFalse();
        assertThat(UpsStatus.isTerminal("O")).isFalse();
        assertThat(UpsStatus.isTerminal(null)).isFalse();
        assertThat(UpsStatus.isDelivered("d")).isTrue();
        assertThat(UpsStatus.isDelivered("RS")).isFalse();
    }

    @Test
    void deliveredAtTheDestinationFreightStationIsStillInTransit() {
        assertThat(UpsStatus.isTerminal("DD")).isFalse();
        assertThat(UpsStatus.isDelivered("DD")).isFalse();
        assertThat(UpsStatus.progress("DD")).isEqualTo(UpsStatus.progress("I"));
        assertThat(UpsStatus.family("DD")).isEqualTo("I");
    }

    @Test
    void exceptionScansAndReturnsFlagTheOrder() {
        assertThat(UpsStatus.isException("X")).isTrue();
        assertThat(UpsStatus.isException(" rs ")).isTrue();
        assertThat(UpsStatus.isException("D")).isFalse();
        assertThat(UpsStatus.isException(null)).isFalse();
        assertThat(TrackingEvent.isExceptionType("x")).isTrue();
    }
}
