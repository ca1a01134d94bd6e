package dev.x3ups.x3.source.poll;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits between polls; {@link #wake()} (on task stop) ends the current and every later wait at once. */
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    void wake();

    static Sleeper stoppable() {
        CountDownLatch stopped = new CountDownLatch(1);
        return new Sleeper() {
            @Override
            public void sleep(Duration duration) throws InterruptedException {
                stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void wake() {
                stopped.countDown();
            }
        };
    }
}
