package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogLevelsTest {

    @Test
    void raisesExistingAndNewLoggersUnderThePrefixOnlyAndRestoresThem() {
        Logger existing = LoggerFactory.getLogger("dev.x3ups.it.secrets.probe.Existing");
        Logger outside = LoggerFactory.getLogger("dev.x3ups.it.secretsprobe.Outside");
        assertThat(existing.isDebugEnabled()).isFalse();

        Logger created;
        try (LogLevels ignored = LogLevels.raise(Map.of("dev.x3ups.it.secrets.probe", "debug"))) {
            created = LoggerFactory.getLogger("dev.x3ups.it.secrets.probe.Created");
            assertThat(existing.isDebugEnabled()).isTrue();
            assertThat(created.isDebugEnabled()).isTrue();
            assertThat(outside.isDebugEnabled()).isFalse();
        }

        assertThat(existing.isDebugEnabled()).isFalse();
        assertThat(created.isDebugEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("dev.x3ups.it.secrets.probe.Later").isDebugEnabled()).isFalse();
        assertThat(System.getProperty("org.slf4j.simpleLogger.log.dev.x3ups.it.secrets.probe")).isNull();
    }
}
