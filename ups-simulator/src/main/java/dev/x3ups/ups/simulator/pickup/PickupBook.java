package dev.x3ups.ups.simulator.pickup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Every pickup UPS has booked, cancelled ones included, for the endpoints and for tests to count. */
public final class PickupBook {
    private static final Comparator<SiteDay> ORDER = Comparator.comparing(SiteDay::site).thenComparing(SiteDay::date);
    private final List<PickupBooking> all = new CopyOnWriteArrayList<>();
    private final Map<String, PickupBooking> byPrn = new ConcurrentHashMap<>();

    void add(PickupBooking booking) {
        byPrn.put(booking.prn(), booking);
        all.add(booking);
    }

    public Optional<PickupBooking> byPrn(String prn) {
        return Optional.ofNullable(prn == null ? null : byPrn.get(prn));
    }

    public boolean knows(String prn) {
        return byPrn.containsKey(prn);
    }

    /** All bookings in booking order. */
    public List<PickupBooking> all() {
        return List.copyOf(all);
    }

    /** The bookings of one site (see {@link SiteDay#siteKey}) on one local day, cancelled ones included. */
    public List<PickupBooking> at(String site, LocalDate date) {
        SiteDay key = new SiteDay(site, date);
        return all.stream().filter(b -> b.siteDay().equals(key)).toList();
    }

    /** Not-cancelled bookings per site and day: more than one on-call for a key means a pickup paid twice. */
    public Map<SiteDay, Integer> livePerSiteDay() {
        return all.stream().filter(b -> !b.cancelled())
                .collect(Collectors.groupingBy(PickupBooking::siteDay, () -> new TreeMap<>(ORDER),
                        Collectors.summingInt(b -> 1)));
    }

    /** Site-days with more than one live on-call pickup (each one charged). */
    public Map<SiteDay, Integer> duplicates() {
        Map<SiteDay, Integer> out = new TreeMap<>(ORDER);
        all.stream().filter(b -> !b.cancelled() && b.kind() == PickupKind.ON_CALL)
                .collect(Collectors.groupingBy(PickupBooking::siteDay, Collectors.summingInt(b -> 1)))
                .forEach((k, v) -> {
                    if (v > 1) {
                        out.put(k, v);
                    }
                });
        return out;
    }

    /** The live Smart Pickup of an account on a day, if triggered. */
    Optional<PickupBooking> smart(String account, LocalDate date) {
        return all.stream().filter(b -> b.kind() == PickupKind.SMART && !b.cancelled()
                && b.account().equals(account) && b.date().equals(date)).findFirst();
    }

    /** The live on-call pickup already booked for a site and day (for the same-PRN variant). */
    Optional<PickupBooking> liveOnCall(SiteDay siteDay) {
        return all.stream().filter(b -> b.kind() == PickupKind.ON_CALL && !b.cancelled()
                && b.siteDay().equals(siteDay)).findFirst();
    }

    List<PickupBooking> ofAccount(String account) {
        List<PickupBooking> out = new ArrayList<>();
        all.stream().filter(b -> b.account().equals(account)).forEach(out::add);
        return out;
    }

    public void clear() {
        all.clear();
        byPrn.clear();
    }
}
