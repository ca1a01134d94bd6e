package dev.x3ups.it.harness;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestNamesTest {

    @Test
    void namesAreFreshEveryTimeAndCarryTheTestName() {
        TestNames names = new TestNames("shipsEveryOrderOnce");

        String first = names.topic("x3.orders");
        String second = names.topic("x3.orders");

        assertThat(first).startsWith("x3.orders-shipseveryorderonce-");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void namesAreLegalTopicNamesWhateverTheTestIsCalled() {
        TestNames names = new TestNames("weird name [1] with ünïcode and a very long display name that keeps going on");

        String topic = names.topic("ups.tracking");

        assertThat(topic).matches("[a-zA-Z0-9._-]+").hasSizeLessThan(249);
        assertThat(topic).startsWith("ups.tracking-weird-name-1-with-n-code-and-a-very-long-");
    }

    @Test
    void twoTestsWithTheSameNameStillDiffer() {
        assertThat(new TestNames("t").connector("sink")).isNotEqualTo(new TestNames("t").connector("sink"));
    }
}
