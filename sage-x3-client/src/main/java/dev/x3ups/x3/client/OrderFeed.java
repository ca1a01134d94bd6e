package dev.x3ups.x3.client;

import dev.x3ups.records.OrderKind;
import java.time.Instant;

/**
 * Orders that changed in X3 since a point in time, page by page.
 *
 * <p>Contract every transport keeps: rows come in ascending {@code (revision, number)} order, within
 * a page and across the pages of one walk, so a caller may record the last row it handled as its
 * position at any moment.
 */
public interface OrderFeed extends AutoCloseable {

    /**
     * The first page of orders of {@code kind} whose update timestamp is at or after {@code since}
     * and that match {@code selection}.
     */
    OrderPage firstPage(OrderKind kind, Instant since, OrderSelection selection, int pageSize) throws X3Exception;

    /** The page after {@code previous}; only call when {@code previous.hasNext()}. */
    OrderPage nextPage(OrderPage previous) throws X3Exception;

    /**
     * Authenticates and reads nothing of substance: proves the endpoint, folder and credentials work.
     * Throws {@link X3AuthenticationException} for refused credentials.
     */
    void checkAccess() throws X3Exception;

    @Override
    void close();
}
