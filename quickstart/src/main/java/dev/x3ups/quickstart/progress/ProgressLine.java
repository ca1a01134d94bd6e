package dev.x3ups.quickstart.progress;

import java.time.Duration;

/** One compact terminal line per snapshot. */
public final class ProgressLine {

    private ProgressLine() {
    }

    public static String format(ProgressSnapshot s, Duration elapsed) {
        long seconds = elapsed.toSeconds();
        return String.format("[%02d:%02d] orders %d/%d discovered | shipped %d, failed %d, held %d | labels printed %d"
                        + " | subscribed %d | tracking events %d (%d exceptions) | X3 updates %d"
                        + " | delivered %d, flagged %d",
                seconds / 60, seconds % 60, s.ordersDiscovered(), s.ordersCreated(), s.shipmentsCreated(),
                s.shipmentsFailed(), s.held(), s.labelsPrinted(), s.subscriptions(), s.trackingEvents(),
                s.trackingExceptions(), s.x3Updates(), s.delivered(), s.flagged());
    }
}
