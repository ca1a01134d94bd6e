package dev.x3ups.x3.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransientMessagesTest {

    @Test
    void defaultsCoverTheBusyPoolAndLicenceExhaustionInAnyCase() {
        assertThat(TransientMessages.DEFAULT.matches("Web service pool is busy, retry later")).isTrue();
        assertThat(TransientMessages.DEFAULT.matches("WEB SERVICE POOL IS BUSY")).isTrue();
        assertThat(TransientMessages.DEFAULT.matches("Web services licence volume exceeded (WSSIZELIMIT)")).isTrue();
        assertThat(TransientMessages.DEFAULT.matches("No free license available for user WSCONNECTOR")).isTrue();
    }

    @Test
    void defaultsLeaveRealRefusalsAlone() {
        assertThat(TransientMessages.DEFAULT.matches("721 : Record does not exist")).isFalse();
        assertThat(TransientMessages.DEFAULT.matches("Unknown property YFOO in where clause")).isFalse();
        assertThat(TransientMessages.DEFAULT.matches("YEXCFLG: value 3 not in local menu")).isFalse();
    }

    @Test
    void ownPatternsAreRegularExpressionsSearchedCaseInsensitively() {
        TransientMessages messages = TransientMessages.of(List.of(" folder .* locked ", ""));

        assertThat(messages.patterns()).containsExactly("folder .* locked");
        assertThat(messages.matches("Folder SEED is LOCKED by a batch")).isTrue();
        assertThat(messages.matches("Web service pool is busy")).isFalse();
        assertThat(messages.anyMatches(List.of("nothing", "folder x locked"))).isTrue();
        assertThat(TransientMessages.NONE.matches("Web service pool is busy, retry later")).isFalse();
    }

    @Test
    void aBrokenPatternIsNamed() {
        assertThatThrownBy(() -> TransientMessages.of(List.of("pool is (busy")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pool is (busy'");
    }
}
