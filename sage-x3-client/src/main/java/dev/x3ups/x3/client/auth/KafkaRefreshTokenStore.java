package dev.x3ups.x3.client.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a pairing's rotating refresh token in a compacted Kafka topic, sealed with the config provider's key, for
 * every task that may run on any worker and for both X3 connectors of one pairing (same X3 URL and client id).
 *
 * <p>One holder at a time spends the token. A rotation takes a lease first: it claims the pairing's
 * transactional id (fencing every earlier writer), reads the newest record and, unless another holder's lease is
 * still running, appends the same token leased to itself. Because a claim fences all earlier writers, an append
 * that commits proves nobody wrote in between, so read-check-append acts as a compare-and-set. Others wait until
 * the holder appends the rotated token (which ends the lease) or the lease runs out. The rotated token is
 * appended with the producer that took the lease, one transaction after X3 answered: that commit is the whole
 * window in which a crash loses the token. A holder fenced by then still writes it (it is the only valid
 * successor: X3 accepts a token once), on top of whatever is newest.
 */
public final class KafkaRefreshTokenStore implements RefreshTokenStore {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRefreshTokenStore.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration WAIT_AT_MOST = LEASE.plusSeconds(30);
    private static final int FORCED_WRITE_ATTEMPTS = 5;

    /** Waits between looks at a lease someone else holds. */
    @FunctionalInterface
    interface Pause {
        void pause() throws InterruptedException;
    }

    private final TokenLog log;
    private final TokenSealer sealer;
    private final String where;
    private final String me;
    private final Clock clock;
    private final Pause pause;
    private TokenLog.Session session;
    private TokenRecord held;

    KafkaRefreshTokenStore(TokenLog log, TokenSealer sealer, String where, Clock clock, Pause pause) {
        this.log = log;
        this.sealer = sealer;
        this.where = where;
        this.me = UUID.randomUUID().toString();
        this.clock = clock;
        this.pause = pause;
    }

    /** The store for {@code topic}; see {@link KafkaTokenLog} for the clients it opens. */
    public static KafkaRefreshTokenStore open(TokenTopic topic, String pairing, Clock clock) {
        TokenSealer sealer = TokenSealer.load(topic.keyFile(), topic.keyEnv(), LOG::warn);
        return new KafkaRefreshTokenStore(new KafkaTokenLog(topic, pairing), sealer,
                "topic " + topic.topic() + " (pairing " + KafkaTokenLog.pairingKey(pairing) + ")", clock,
                () -> Thread.sleep(250));
    }

    @Override
    public synchronized Hold hold() throws IOException {
        TokenLog.Session opened = log.open();
        Instant giveUp = clock.instant().plus(WAIT_AT_MOST);
        try {
            while (true) {
                TokenRecord latest = latest(opened);
                if (!latest.leasedToOther(me, clock.instant())) {
                    opened.claim();
                    latest = latest(opened);
                    TokenRecord leased = latest.leasedTo(me, clock.instant().plus(LEASE));
                    if (!latest.leasedToOther(me, clock.instant()) && opened.append(seal(leased))) {
                        session = opened;
                        held = leased;
                        return this::release;
                    }
                }
                if (clock.instant().isAfter(giveUp)) {
                    throw new IOException("another holder has been rotating the X3 refresh token in " + where
                            + " for longer than " + WAIT_AT_MOST.toSeconds() + " s");
                }
                pause.pause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opened.close();
            throw new IOException("interrupted while waiting for the X3 refresh token lease");
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    @Override
    public synchronized Optional<StoredRefreshToken> load() throws IOException {
        if (held != null) {
            return held.token();
        }
        try (TokenLog.Session opened = log.open()) {
            return latest(opened).token();
        }
    }

    /**
     * Appends the rotated token. X3 has accepted the old one once, so this is the only valid token: when the
     * lease's producer was fenced meanwhile, it is written anyway on top of the newest record.
     */
    @Override
    public synchronized void save(StoredRefreshToken token) throws IOException {
        if (session != null && session.append(seal(TokenRecord.rotated(held, token)))) {
            held = TokenRecord.rotated(held, token);
            return;
        }
        // a waiting holder's claim fenced the lease's producer; the lease still stands, so write with a new claim
        LOG.info("The X3 refresh token's writer role in {} was claimed while this holder rotated it; writing the "
                + "rotated token with a new claim", where);
        TokenLog.Session writer = session != null ? session : log.open();
        try {
            for (int attempt = 0; attempt < FORCED_WRITE_ATTEMPTS; attempt++) {
                writer.claim();
                TokenRecord next = TokenRecord.rotated(latest(writer), token);
                if (writer.append(seal(next))) {
                    held = session != null ? next : null;
                    return;
                }
            }
        } finally {
            if (session == null) {
                writer.close();
            }
        }
        throw new IOException("could not write the rotated X3 refresh token to " + where);
    }

    /** Ends the lease unless the rotated token already did. */
    private synchronized void release() {
        try {
            if (held != null && held.holder().equals(me)) {
                session.append(seal(held.released()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not release the X3 refresh token lease in {} ({}); it runs out at {}", where,
                    e.getClass().getSimpleName(), held.leaseUntil());
        } finally {
            session.close();
            session = null;
            held = null;
        }
    }

    private TokenRecord latest(TokenLog.Session opened) throws IOException {
        Optional<String> value = opened.latest();
        return value.isEmpty() ? TokenRecord.empty() : TokenRecord.fromJson(sealer.open(value.get()));
    }

    private String seal(TokenRecord record) {
        return sealer.seal(record.toJson());
    }

    @Override
    public boolean isDurable() {
        return true;
    }

    @Override
    public boolean isShared() {
        return true;
    }

    @Override
    public String describe() {
        return where;
    }
}
