package dev.x3ups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void causeStripsTheWrappersFuturesAdd() {
        IOException error = new IOException("connection reset");
        assertThat(Failures.cause(new CompletionException(error))).isSameAs(error);
        assertThat(Failures.cause(new ExecutionException(error))).isSameAs(error);
        assertThat(Failures.cause(new ExecutionException(new CompletionException(error)))).isSameAs(error);
        assertThat(Failures.cause(error)).isSameAs(error);
    }

    @Test
    void causeKeepsOtherWrappingAndEmptyWrappers() {
        IllegalStateException wrapper = new IllegalStateException("outer", new IOException("inner"));
        assertThat(Failures.cause(wrapper)).isSameAs(wrapper);
        CompletionException empty = new CompletionException("no cause", null);
        assertThat(Failures.cause(empty)).isSameAs(empty);
    }

    @Test
    void rootMessageIsTheInnermostOrItsClassName() {
        assertThat(Failures.rootMessage(new CompletionException(new IOException("reset")))).isEqualTo("reset");
        assertThat(Failures.rootMessage(new RuntimeException("outer", new IllegalStateException())))
                .isEqualTo("IllegalStateException");
    }
}
