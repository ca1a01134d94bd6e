package dev.x3ups.x3.client;

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
 */
public record OrderSelection(
        Set<String> statuses, Set<String> deliveryModes, Set<String> carriers, Set<String> sites, String where) {

    public static final OrderSelection ALL = new OrderSelection(Set.of(), Set.of(), Set.of(), Set.of(), null);

    public OrderSelection {
        statuses = Set.copyOf(statuses);
        deliveryModes = Set.copyOf(deliveryModes);
        carriers = Set.copyOf(carriers);
        sites = Set.copyOf(sites);
    }
}
