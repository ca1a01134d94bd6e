package dev.x3ups.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureCollectorTest {

    @Test
    void oneFigurePerIdWithEveryRunInFirstRecordedOrder() {
        FigureCollector c = new FigureCollector("6. Source");
        c.record("b", "B", "u", "how", 3);
        c.record("a", "A", "u", "", 1);
        c.record("b", "B", "u", "how", 5);
        c.record("b", "B", "u", "how", 4);
        List<Figure> figures = c.figures();
        assertThat(figures).extracting(Figure::id).containsExactly("b", "a");
        assertThat(figures.get(0).spread().median()).isEqualTo(4);
        assertThat(figures.get(0).spread().runs()).containsExactly(3.0, 5.0, 4.0);
        assertThat(figures.get(0).scenario()).isEqualTo("6. Source");
    }

    @Test
    void aRunThatProducedNoNumberIsRefused() {
        FigureCollector c = new FigureCollector("s");
        assertThatThrownBy(() -> c.record("x", "X", "u", "", Double.NaN)).hasMessageContaining("x");
        assertThatThrownBy(() -> c.record("x", "X", "u", "", Double.POSITIVE_INFINITY)).hasMessageContaining("x");
    }
}
