package dev.x3ups.ups.client.http;

import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Remembers whether okhttp began writing a request, so a later failure can be told apart:
 * before sending it is safe to retry, after sending a shipment may exist.
 */
final class SendTracker {
    static final EventListener.Factory LISTENERS = call -> new Listener();

    private final AtomicBoolean sent = new AtomicBoolean();

    boolean sent() {
        return sent.get();
    }

    void markSent() {
        sent.set(true);
    }

    private static final class Listener extends EventListener {
        @Override
        public void requestHeadersStart(Call call) {
            SendTracker tracker = call.request().tag(SendTracker.class);
            if (tracker != null) {
                tracker.markSent();
            }
        }
    }
}
