package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.ups.client.pickup.PickupClient;
import dev.x3ups.ups.sink.config.UpsSinkConfig;
import dev.x3ups.ups.sink.ledger.LedgerTopic;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.site.ShippingSite;
import dev.x3ups.ups.sink.site.SitePickup;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Builds a UPS sink task's pickup plan from its configuration (docs/architecture.md, "Pickups"). */
public final class PickupPlans {
    private static final Duration UPS_ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private PickupPlans() {
    }

    /** The clock the sites' days follow: the system's, or the UPS simulator's when {@code pickup.clock.url} is set. */
    public static Clock clock(UpsSinkConfig config) {
        String url = config.getString(UpsSinkConfig.PICKUP_CLOCK_URL_CONFIG);
        return url == null || url.isBlank() ? Clock.systemUTC() : new SimulatorClock(URI.create(url.strip()),
                System::nanoTime);
    }

    /**
     * The daily job of the sites this task owns, reading {@code ups.pickups} (created compacted if missing) once
     * now; close the returned plan with the task.
     */
    public static DailyPickups open(UpsSinkConfig config, String clientId, Map<String, ShippingSite> sites,
                                    Map<String, SitePickup> settings, Predicate<String> owns, Runnable ledgerCatchUp,
                                    Supplier<Collection<ShipmentLedgerEntry>> ledger, PickupClient ups,
                                    SinkMetrics metrics, Clock clock) {
        String bootstrap = config.ledgerBootstrapServers();
        LedgerTopic.ensure(bootstrap, config.originalsWithPrefix(UpsSinkConfig.LEDGER_ADMIN_PREFIX),
                config.pickupTopic(), 1, config.getShort(UpsSinkConfig.LEDGER_REPLICATION_CONFIG));
        KafkaPickupLog log = KafkaPickupLog.create(bootstrap, config.pickupTopic(),
                config.originalsWithPrefix(UpsSinkConfig.LEDGER_PRODUCER_PREFIX),
                config.originalsWithPrefix(UpsSinkConfig.LEDGER_CONSUMER_PREFIX), clientId + "-pickups",
                config.duration(UpsSinkConfig.LEDGER_CATCH_UP_TIMEOUT_MS_CONFIG));
        try {
            PickupBooker booker = new PickupBooker(log, new UpsPickupDesk(ups, UPS_ANSWER_TIMEOUT), metrics, clock);
            return new DailyPickups(sites, settings, owns, ledgerCatchUp, ledger, booker, clock);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }
}
