package dev.x3ups.quickstart.orders;

import dev.x3ups.ups.simulator.address.AddressBook;
import dev.x3ups.ups.simulator.address.BookAddress;
import dev.x3ups.ups.simulator.address.BookEntry;
import dev.x3ups.ups.simulator.address.Verdict;
import dev.x3ups.x3.simulator.admin.X3Admin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves a few sales orders to ship-to addresses the UPS simulator's address book finds ambiguous or does not know,
 * so the run shows the UPS sink's VALIDATE policy holding them (ledger HELD, flagged in X3 with UPS's candidates).
 * Orders from the US warehouses are taken, so the moved order stays domestic.
 */
public final class UncertainAddresses {
    private static final Set<String> US_SITES = Set.of("ATL", "RNO");

    private UncertainAddresses() {
    }

    /** The book's ambiguous and unknown addresses, in its order. */
    static List<BookAddress> addresses() {
        return AddressBook.SEED.stream().filter(e -> e.verdict() != Verdict.VALID).map(BookEntry::address).toList();
    }

    /** Gives up to {@code count} shippable sales orders of {@code orders} one of those addresses each; returns them. */
    public static List<OrderRef> seed(X3Admin admin, List<OrderRef> orders, int count) {
        List<BookAddress> addresses = addresses();
        List<OrderRef> moved = new ArrayList<>();
        for (OrderRef order : orders) {
            if (moved.size() >= count) {
                break;
            }
            if (order.kind() != OrderRef.Kind.SALES || order.bad()
                    || !US_SITES.contains(admin.salesOrder(order.number()).orElseThrow().text("STOFCY"))) {
                continue;
            }
            BookAddress to = addresses.get(moved.size() % addresses.size());
            admin.modifySalesOrder(order.number(), Map.of("BPDADDLIG", to.lines(), "BPDCTY", to.city(),
                    "BPDSAT", to.state(), "BPDPOSCOD", to.postalCode(), "BPDCRY", to.countryCode()));
            moved.add(order);
        }
        return moved;
    }
}
