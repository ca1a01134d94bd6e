package dev.x3ups.ups.sink.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.UpsUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FallbackSearchTest {
    private final List<String> asked = new ArrayList<>();

    private ReferenceSearch answering(String name, List<String> numbers) {
        return (ref, account) -> {
            asked.add(name + ":" + ref + "/" + account);
            return CompletableFuture.completedFuture(numbers);
        };
    }

    @Test
    void stopsAtTheFirstSearchThatFindsSomething() {
        FallbackSearch search = new FallbackSearch(List.of(answering("track", List.of()),
                answering("qv", List.of("1Z9")), answering("recovery", List.of("1Z8"))));

        assertThat(search.trackingNumbers("R", "A").join()).containsExactly("1Z9");
        assertThat(asked).containsExactly("track:R/A", "qv:R/A");
    }

    @Test
    void asksEverySearchInOrderWhenNoneFindsAnything() {
        FallbackSearch search = new FallbackSearch(List.of(answering("track", List.of()),
                answering("qv", List.of()), answering("recovery", List.of())));

        assertThat(search.trackingNumbers("R", "A").join()).isEmpty();
        assertThat(asked).containsExactly("track:R/A", "qv:R/A", "recovery:R/A");
    }

    @Test
    void aFailingSearchFailsTheLookUpInsteadOfCountingAsAMiss() {
        ReferenceSearch down = (ref, account) -> CompletableFuture.failedFuture(
                new UpsUnavailableException("503", 503, List.of(), null));
        FallbackSearch search = new FallbackSearch(List.of(answering("track", List.of()), down,
                answering("recovery", List.of("1Z8"))));

        assertThatThrownBy(() -> search.trackingNumbers("R", "A").join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(UpsUnavailableException.class);
        assertThat(asked).containsExactly("track:R/A");
    }
}
