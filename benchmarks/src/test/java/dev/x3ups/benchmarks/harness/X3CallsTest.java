package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class X3CallsTest {

    @Test
    void requestsAreSortedIntoPollingDetailsWriteBackAndMasterData() {
        X3Calls c = X3Calls.of(Map.ofEntries(
                Map.entry("api1.GET.SORDER.SORDER.$query", 30L),
                Map.entry("api1.GET.PORDER.PORDER.$query", 30L),
                Map.entry("api1.GET.SORDER.SORDER.$details", 100L),
                Map.entry("api1.GET.YSHIPTRK.YSHIPTRK.$query", 12L),
                Map.entry("api1.GET.YSHIPTRK.YSHIPTRK.$details", 40L),
                Map.entry("api1.POST.YSHIPTRK", 100L),
                Map.entry("api1.PUT.YSHIPTRK", 300L),
                Map.entry("api1.GET.BPCUSTOMER.BPCUSTOMER.$details", 8L),
                Map.entry("graphql.request", 2L),
                Map.entry("graphql.x3Sales.salesOrder.read", 2L),
                Map.entry("writeback.create", 100L),
                Map.entry("writeback.update", 300L),
                Map.entry("auth.rejected", 5L)));
        assertThat(c.total()).isEqualTo(30 + 30 + 100 + 12 + 40 + 100 + 300 + 8 + 2);
        assertThat(c.orderQueries()).isEqualTo(60);
        assertThat(c.orderDetails()).isEqualTo(100);
        assertThat(c.writeBackReads()).isEqualTo(12);
        assertThat(c.writeBackCalls()).isEqualTo(440);
        assertThat(c.masterData()).isEqualTo(10);
        assertThat(c.statuses()).isEqualTo(400);
        assertThat(c.callsPerStatus()).isEqualTo(1.1);
        assertThat(c.withoutPolling()).isEqualTo(c.total() - 60);
    }

    @Test
    void nothingWrittenIsNoDivisionByZero() {
        assertThat(X3Calls.of(Map.of("api1.GET.SORDER.SORDER.$query", 3L)).callsPerStatus()).isZero();
    }
}
