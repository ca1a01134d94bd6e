package dev.x3ups.labels.printer.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task's counters per site: documents printed, bytes, failed attempts, documents sent to the dead letter
 * queue or withdrawn by a void, and the backlog. Documents for a site without a printer count under their
 * own site code.
 */
public final class PrinterMetrics {
    private final Map<String, SiteCounters> sites = new ConcurrentHashMap<>();

    public SiteCounters site(String code) {
        return sites.computeIfAbsent(code, c -> new SiteCounters());
    }

    /** A snapshot of the sites seen so far. */
    public Map<String, SiteCounters> sites() {
        return Map.copyOf(sites);
    }

    public long documentsPrinted() {
        return sites.values().stream().mapToLong(SiteCounters::documentsPrinted).sum();
    }

    public long backlog() {
        return sites.values().stream().mapToLong(SiteCounters::backlog).sum();
    }
}
