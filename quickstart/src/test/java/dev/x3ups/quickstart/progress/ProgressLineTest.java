package dev.x3ups.quickstart.progress;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    @Test
    void showsEveryStageOnOneLine() {
        String line = ProgressLine.format(new ProgressSnapshot(200, 180, 170, 6, 160, 512, 9, 430, 90, 6, 150, 3),
                Duration.ofSeconds(83));

        assertThat(line).isEqualTo("[01:23] orders 180/200 discovered | shipped 170, failed 6, held 3 | labels printed 150 | subscribed 160"
                + " | tracking events 512 (9 exceptions) | X3 updates 430 | delivered 90, flagged 6");
    }
}
