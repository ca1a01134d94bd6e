package dev.x3ups.ups.client.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Counts token requests per UTC day and refuses beyond the budget (UPS locks clients that exceed its quota). */
public final class TokenBudget {
    private final int perDay;
    private final Clock clock;
    private LocalDate day;
    private int used;
    private long refusals;

    public TokenBudget(int perDay, Clock clock) {
        if (perDay < 1) {
            throw new IllegalArgumentException("perDay must be >= 1");
        }
        this.perDay = perDay;
        this.clock = clock;
        this.day = today();
    }

    public synchronized boolean tryAcquire() {
        roll();
        if (used >= perDay) {
            refusals++;
            return false;
        }
        used++;
        return true;
    }

    public synchronized int usedToday() {
        roll();
        return used;
    }

    public synchronized long refusals() {
        return refusals;
    }

    public int perDay() {
        return perDay;
    }

    public synchronized Instant resetsAt() {
        roll();
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void roll() {
        LocalDate now = today();
        if (!now.equals(day)) {
            day = now;
            used = 0;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
