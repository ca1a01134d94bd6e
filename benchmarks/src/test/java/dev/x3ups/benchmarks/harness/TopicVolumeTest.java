package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicVolumeTest {

    @Test
    void valueBytesAreSummedAndDividedByTheItemsNotTheRecords() {
        TopicVolume v = new TopicVolume();
        v.add(new byte[1000]);
        v.add(new byte[3000]);
        v.add(new byte[2000]);
        assertThat(v.records()).isEqualTo(3);
        assertThat(v.valueBytes()).isEqualTo(6000);
        assertThat(v.bytesPer(2)).isEqualTo(3000.0); // two shipments, one of them with two packages
    }

    @Test
    void aTombstoneIsARecordWithoutBytes() {
        TopicVolume v = new TopicVolume();
        v.add(null);
        v.add(new byte[10]);
        assertThat(v.records()).isEqualTo(2);
        assertThat(v.bytesPer(1)).isEqualTo(10.0);
    }

    @Test
    void nothingToDivideByIsRefused() {
        assertThatThrownBy(() -> new TopicVolume().bytesPer(0)).hasMessageContaining("0");
    }
}
