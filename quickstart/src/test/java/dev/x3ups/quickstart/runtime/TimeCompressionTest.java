package dev.x3ups.quickstart.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeCompressionTest {

    @Test
    void staleAfterShrinksWithTheClockButNotBelowFiveSeconds() {
        Map<String, String> sixHours = new HashMap<>(Map.of(TimeCompression.STALE_AFTER, "21600000"));
        TimeCompression.scaleStaleAfter(sixHours, 7200);
        assertThat(sixHours).containsEntry(TimeCompression.STALE_AFTER, "5000");

        Map<String, String> tenDays = new HashMap<>(Map.of(TimeCompression.STALE_AFTER, "864000000"));
        TimeCompression.scaleStaleAfter(tenDays, 7200);
        assertThat(tenDays).containsEntry(TimeCompression.STALE_AFTER, "120000");
    }

    @Test
    void realTimeAndMissingOrMalformedValuesAreLeftAlone() {
        Map<String, String> config = new HashMap<>(Map.of(TimeCompression.STALE_AFTER, "21600000", "other", "x"));
        TimeCompression.scaleStaleAfter(config, 1);
        assertThat(config).containsEntry(TimeCompression.STALE_AFTER, "21600000");

        Map<String, String> malformed = new HashMap<>(Map.of(TimeCompression.STALE_AFTER, "soon"));
        TimeCompression.scaleStaleAfter(malformed, 7200);
        assertThat(malformed).containsEntry(TimeCompression.STALE_AFTER, "soon");

        Map<String, String> none = new HashMap<>();
        TimeCompression.scaleStaleAfter(none, 7200);
        assertThat(none).isEmpty();
    }
}
