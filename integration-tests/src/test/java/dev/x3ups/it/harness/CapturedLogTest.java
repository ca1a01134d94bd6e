package dev.x3ups.it.harness;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CapturedLogTest {

    @Test
    void capturesLogsOfEveryThreadWhileOpen() throws InterruptedException {
        try (CapturedLog log = CapturedLog.start()) {
            LoggerFactory.getLogger("dev.x3ups.it.capture").warn("on the test thread");
            Thread worker = new Thread(() -> LoggerFactory.getLogger("dev.x3ups.it.capture").info("on a worker thread"));
            worker.start();
            worker.join();

            assertThat(log.text()).contains("on the test thread").contains("on a worker thread");
            assertThat(log.lines()).anyMatch(line -> line.contains("WARN") && line.contains("on the test thread"));
        }
    }

    @Test
    void seesNothingBeforeStartOrAfterClose() {
        LoggerFactory.getLogger("dev.x3ups.it.capture").warn("before start");
        CapturedLog log = CapturedLog.start();
        LoggerFactory.getLogger("dev.x3ups.it.capture").warn("while open");
        log.close();
        LoggerFactory.getLogger("dev.x3ups.it.capture").warn("after close");

        assertThat(log.contains("while open")).isTrue();
        assertThat(log.text()).doesNotContain("before start").doesNotContain("after close");
    }

    @Test
    void respectsTheConfiguredLevels() {
        try (CapturedLog log = CapturedLog.start()) {
            LoggerFactory.getLogger("org.apache.kafka.clients.NetworkClient").warn("quietened kafka chatter");
            LoggerFactory.getLogger("dev.x3ups.it.capture").info("our own info line");

            await().until(() -> log.contains("our own info line"));
            assertThat(log.text()).doesNotContain("quietened kafka chatter");
        }
    }
}
