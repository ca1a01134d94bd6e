package dev.x3ups.x3.simulator.api1;

import java.util.List;

/**
 * One page of a {@code $query}.
 *
 * @param startIndex 1-based position of the first row among all matching rows in the sort order
 * @param nextKey    the {@code key} parameter of the next page, null on the last page
 */
public record QueryResult(List<Api1Resource> rows, int totalResults, int startIndex, String nextKey) {
}
