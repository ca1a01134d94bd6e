package dev.x3ups.x3.client;

import java.time.Instant;
import java.util.Set;

/**
 * Which orders qualify for shipping. Empty sets mean "any".
 *
 * @param statuses      X3 order statuses to accept (e.g. {@code 1} = open for ORDSTA)
 * @param deliveryModes X3 delivery modes (MDL) to accept
 * @param carriers      X3 carriers (BPTNUM) to accept
 * @param sites         shipping (sales) or receiving (purchase) sites to accept
 * @param where         an extra filter in the transport's own syntax (api1 where clause, or a
 *                      GraphQL filter object), null for none
 * @param cancellationsSince with {@code statuses} set: orders closed before anything of them was delivered
 *                      (withdrawn, so a shipment made for them must be voided) also qualify when X3 updated
 *                      them at or after this moment, whatever their status; null: only {@code statuses}
 */
public record OrderSelection(Set<String> statuses, Set<String> deliveryModes, Set<String> carriers,
                             Set<String> sites, String where, Instant cancellationsSince) {

    public static final OrderSelection ALL = new OrderSelection(Set.of(), Set.of(), Set.of(), Set.of(), null);

    public OrderSelection {
        statuses = Set.copyOf(statuses);
        deliveryModes = Set.copyOf(deliveryModes);
        carriers = Set.copyOf(carriers);
        sites = Set.copyOf(sites);
    }

    public OrderSelection(Set<String> statuses, Set<String> deliveryModes, Set<String> carriers, Set<String> sites,
                          String where) {
        this(statuses, deliveryModes, carriers, sites, where, null);
    }

    /** This selection, letting withdrawn orders updated at or after {@code since} through the status filter. */
    public OrderSelection withCancellationsSince(Instant since) {
        return new OrderSelection(statuses, deliveryModes, carriers, sites, where, since);
    }
}
