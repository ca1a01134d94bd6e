package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FallbackSearchTest {
    private final AtomicInteger secondCalls = new AtomicInteger();
    private final ReferenceSearch second = (ref, account) -> {
        secondCalls.incrementAndGet();
        return CompletableFuture.completedFuture(List.of("1Z9"));
    };

    @Test
    void asksTheSecondOnlyWhenTheFirstFoundNothing() {
        ReferenceSearch found = (ref, account) -> CompletableFuture.completedFuture(List.of("1Z1"));
        ReferenceSearch nothing = (ref, account) -> CompletableFuture.completedFuture(List.of());

        assertThat(new FallbackSearch(found, second).trackingNumbers("R", "A").join()).containsExactly("1Z1");
        assertThat(secondCalls).hasValue(0);
        assertThat(new FallbackSearch(nothing, second).trackingNumbers("R", "A").join()).containsExactly("1Z9");
        assertThat(secondCalls).hasValue(1);
    }
}
