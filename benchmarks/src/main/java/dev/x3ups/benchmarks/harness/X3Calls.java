package dev.x3ups.benchmarks.harness;

import java.util.Map;

/**
 * The X3 simulator's request counters sorted into what the connectors asked X3 for. Counter names are
 * {@code api1.<METHOD>.<CLASS>[.<REPRESENTATION>.<facet>]} per api1 request and {@code graphql.request} per
 * GraphQL request; {@code writeback.create}/{@code writeback.update} count records created and changed in the
 * write-back class (statuses written).
 *
 * @param total          every api1 and GraphQL request
 * @param orderQueries   {@code $query} pages of the order classes (the source's polling)
 * @param orderDetails   {@code $details} reads of the order classes
 * @param writeBackReads the write-back class read in pages ({@code $query}: the source's evidence lookup)
 * @param writeBackCalls every other request on the write-back class (the sink's reads, creates and edits)
 * @param masterData     every other request (customers, addresses, items, sites…)
 * @param statuses       write-back records created or changed
 */
public record X3Calls(long total, long orderQueries, long orderDetails, long writeBackReads, long writeBackCalls,
                      long masterData, long statuses) {

    public static final String WRITE_BACK_CLASS = "YSHIPTRK";

    public static X3Calls of(Map<String, Long> counters) {
        long total = 0;
        long queries = 0;
        long details = 0;
        long lookups = 0;
        long writeBack = 0;
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            String name = e.getKey();
            long n = e.getValue();
            if (name.equals("graphql.request")) {
                total += n;
                continue;
            }
            if (!name.startsWith("api1.")) {
                continue;
            }
            total += n;
            String[] parts = name.split("\\.");
            String type = parts.length > 2 ? parts[2] : "";
            String facet = parts.length > 4 ? parts[parts.length - 1] : "";
            boolean order = type.equals("SORDER") || type.equals("PORDER");
            if (order && facet.equals("$query")) {
                queries += n;
            } else if (order && facet.equals("$details")) {
                details += n;
            } else if (type.equals(WRITE_BACK_CLASS) && facet.equals("$query")) {
                lookups += n;
            } else if (type.equals(WRITE_BACK_CLASS)) {
                writeBack += n;
            }
        }
        long statuses = counters.getOrDefault("writeback.create", 0L) + counters.getOrDefault("writeback.update", 0L);
        return new X3Calls(total, queries, details, lookups, writeBack,
                total - queries - details - lookups - writeBack, statuses);
    }

    /** Every call but the order classes' {@code $query} pages, which cost per poll, not per order. */
    public long withoutPolling() {
        return total - orderQueries;
    }

    /** The sink's calls on the write-back class per status it wrote; 0 when none was written. */
    public double callsPerStatus() {
        return statuses == 0 ? 0 : (double) writeBackCalls / statuses;
    }
}
