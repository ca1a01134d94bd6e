package dev.x3ups.quickstart.orders;

import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** New orders arriving over time at a steady rate, one at a time, sales or purchase at random. */
public final class OrderArrivals implements AutoCloseable {

    private final OrderFactory factory;
    private final double purchaseShare;
    private final double badShare;
    private final Random random;
    private final Consumer<Exception> onError;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quickstart-order-arrivals");
        t.setDaemon(true);
        return t;
    });

    public OrderArrivals(OrderFactory factory, double purchaseShare, double badShare, long seed,
                         Consumer<Exception> onError) {
        this.factory = factory;
        this.purchaseShare = purchaseShare;
        this.badShare = badShare;
        this.random = new Random(seed);
        this.onError = onError;
    }

    /** Starts arrivals; a rate of 0 starts none. */
    public OrderArrivals start(double perMinute) {
        if (perMinute > 0) {
            long periodMillis = Math.max(1, Math.round(60_000 / perMinute));
            timer.scheduleAtFixedRate(this::arrive, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    void arrive() {
        try {
            boolean purchase = random.nextDouble() < purchaseShare;
            boolean bad = !purchase && random.nextDouble() < badShare;
            factory.create(1, purchase ? 1.0 : 0.0, bad ? 1.0 : 0.0);
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
