package dev.x3ups.ups.client.auth;

/** Counters of one token manager, for connector metrics and benchmarks. */
public record TokenMetrics(long tokenRequests, int requestsToday, int dailyBudget, long budgetRefusals,
                           long failedRequests, long invalidations) {
}
