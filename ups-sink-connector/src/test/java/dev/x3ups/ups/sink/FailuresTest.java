package dev.x3ups.ups.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void causeTakesOffTheCompletionWrapperOnly() {
        IOException io = new IOException("connection reset");

        assertThat(Failures.cause(new CompletionException(io))).isSameAs(io);
        assertThat(Failures.cause(io)).isSameAs(io);
        IllegalStateException wrapping = new IllegalStateException("outer", io);
        assertThat(Failures.cause(wrapping)).isSameAs(wrapping);
    }

    @Test
    void rootMessageIsTheInnermostMessageOrItsClassName() {
        assertThat(Failures.rootMessage(new CompletionException(new IllegalStateException("outer",
                new IOException("connection reset"))))).isEqualTo("connection reset");
        assertThat(Failures.rootMessage(new CompletionException(new IOException())))
                .isEqualTo("IOException");
    }
}
