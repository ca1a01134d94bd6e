package dev.x3ups.ups.simulator.pickup;

import dev.x3ups.ups.simulator.clock.SimClock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UPS's pickup system as the simulator models it: the bookings, a calendar per pickup site (by country and postal
 * code; unknown sites get weekdays in a time zone guessed from the address) and per Smart Pickup account, PRNs, and
 * the simulator clock that decides "today". The Java admin API for tests ({@code sim.pickups()}).
 */
public final class PickupSystem {
    private static final String PRN_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final SimClock clock;
    private final String mainAccount;
    private final PickupBook book = new PickupBook();
    private final Map<String, SiteCalendar> sites = new ConcurrentHashMap<>();
    private final Map<String, SiteCalendar> smartAccounts = new ConcurrentHashMap<>();
    private final Random random;
    private volatile boolean samePrnForSameSiteDay;

    public PickupSystem(SimClock clock, String mainAccount, long seed) {
        this.clock = clock;
        this.mainAccount = mainAccount;
        this.random = new Random(seed);
        smartAccounts.put(mainAccount, SiteCalendar.weekdays(ZoneId.of("UTC")));
    }

    public PickupBook bookings() {
        return book;
    }

    public SimClock clock() {
        return clock;
    }

    public String mainAccount() {
        return mainAccount;
    }

    /** Sets the calendar of the pickup site at this country and postal code. */
    public void configureSite(String countryCode, String postalCode, SiteCalendar calendar) {
        sites.put(SiteDay.siteKey(countryCode, postalCode), calendar);
    }

    /** Enables (or re-configures) Smart Pickup for an account, whose profile address has this calendar. */
    public void configureSmartAccount(String accountNumber, SiteCalendar calendar) {
        smartAccounts.put(accountNumber, calendar);
    }

    /**
     * With {@code true}, a second on-call request for a site and day already booked answers the existing PRN
     * (what Pickup.yaml's {@code PRN} description suggests) instead of booking and charging a second pickup (the
     * default, the pessimistic reading of UPS's per-request fee).
     */
    public void setSamePrnForSameSiteDay(boolean on) {
        this.samePrnForSameSiteDay = on;
    }

    boolean samePrnForSameSiteDay() {
        return samePrnForSameSiteDay;
    }

    SiteCalendar siteCalendar(String countryCode, String postalCode, String stateProvince) {
        return sites.computeIfAbsent(SiteDay.siteKey(countryCode, postalCode),
                k -> SiteCalendar.weekdays(SiteZones.guess(countryCode, stateProvince)));
    }

    SiteCalendar smartCalendar(String accountNumber) {
        return smartAccounts.get(accountNumber);
    }

    boolean knowsAccount(String accountNumber) {
        return mainAccount.equals(accountNumber) || smartAccounts.containsKey(accountNumber);
    }

    /** A new 11-character PRN: on-call ones start with a digit, Smart ones with {@code GP} (as in UPS's examples). */
    synchronized String newPrn(PickupKind kind) {
        while (true) {
            StringBuilder prn = new StringBuilder(kind == PickupKind.SMART ? "GP" : "2");
            while (prn.length() < 11) {
                prn.append(PRN_CHARS.charAt(random.nextInt(PRN_CHARS.length())));
            }
            if (!book.knows(prn.toString())) {
                return prn.toString();
            }
        }
    }

    /** Smart pickups come an hour after the call-by time (UPS's Smart deadline is an hour before the pickup). */
    static LocalTime smartPickupTime(SiteCalendar calendar) {
        LocalTime time = calendar.callByTime().plusHours(1);
        return time.isBefore(calendar.callByTime()) ? LocalTime.of(23, 59) : time;
    }

    void record(PickupBooking booking) {
        book.add(booking);
    }
}
