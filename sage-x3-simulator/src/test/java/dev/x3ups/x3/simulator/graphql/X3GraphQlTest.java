package dev.x3ups.x3.simulator.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.SeedData;
import dev.x3ups.x3.simulator.data.SimClock;
import dev.x3ups.x3.simulator.fault.Counters;
import dev.x3ups.x3.simulator.writeback.WriteBackService;
import graphql.ExecutionResult;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class X3GraphQlTest {

    private final Counters counters = new Counters();
    private final AtomicBoolean updates = new AtomicBoolean(true);
    private final X3GraphQl graphQl = new X3GraphQl(counters, new WriteBackService(counters), updates::get);
    private final Folder folder = folder();

    private static Folder folder() {
        Folder f = new Folder("SEED", SeedData.masterData(),
                new SimClock(new MutableClock(Instant.parse("2025-01-15T10:00:00Z")), null));
        f.seed(5, 6, 2);
        return f;
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsQueriesAgainstTheFolderAndCountsOperations() {
        ExecutionResult r = graphQl.execute(folder, "query($n: Int) { x3Sales { salesOrder { query(first: $n) { totalCount"
                + " edges { node { id } } } } } }", Map.of("n", 2), null);
        assertThat(r.getErrors()).isEmpty();
        Map<String, Object> q = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) r.getData()).get("x3Sales")).get("salesOrder")).get("query");
        assertThat(q.get("totalCount")).isEqualTo(6);
        assertThat((java.util.List<?>) q.get("edges")).hasSize(2);
        assertThat(counters.get("graphql.x3Sales.salesOrder.query")).isEqualTo(1);
    }

    @Test
    void updateRefusedWhenSwitchedOffAndForUnknownOrders() {
        updates.set(false);
        assertThat(graphQl.execute(folder, "mutation { x3Sales { salesOrder { update(data: {id: \"SO000001\"}) { id } } } }",
                Map.of(), null).getErrors()).isNotEmpty();
        updates.set(true);
        assertThat(graphQl.execute(folder, "mutation { x3Sales { salesOrder { update(data: {id: \"SO999999\"}) { id } } } }",
                Map.of(), null).getErrors().get(0).getMessage()).contains("does not exist");
        assertThat(graphQl.execute(folder, "mutation { x3Sales { salesOrder { update(data: {id: \"SO000001\","
                + " yCarrierStatusCode: \"D\"}) { yCarrierStatusCode } } } }", Map.of(), null).getErrors()).isEmpty();
        assertThat(folder.tracking().find("SO000001")).isPresent();
    }
}
