package dev.x3ups.ups.sink.pickup;

import dev.x3ups.records.Money;
import dev.x3ups.ups.sink.site.ShippingSite;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * UPS's Pickup API as a test wants it: books and triggers are counted, a booking can be made to lose its answer
 * (UPS books it, we hear nothing) or be refused, and pending status shows what was booked.
 */
final class FakeDesk implements PickupDesk {
    final List<Request> booked = new ArrayList<>();
    final List<Request> rated = new ArrayList<>();
    final List<String> triggered = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();
    final List<Pending> held = new ArrayList<>();
    final Deque<Answer> nextBookAnswers = new ArrayDeque<>();
    boolean pendingUnknown;
    Answer cancelAnswer;
    private int prns;

    @Override
    public synchronized Answer book(Request request) {
        Answer scripted = nextBookAnswers.poll();
        if (scripted instanceof Answer.Refused) {
            return scripted;
        }
        booked.add(request);
        String prn = "PRN" + (++prns);
        held.add(new Pending(prn, request.date(), request.reference()));
        return scripted != null ? scripted : new Answer.Done(prn, null, request.date());
    }

    @Override
    public synchronized Answer rate(Request request) {
        rated.add(request);
        return new Answer.Done(null, new Money(new BigDecimal("9.05"), "USD"), null);
    }

    @Override
    public synchronized Answer trigger(ShippingSite site, boolean sameDay) {
        triggered.add(site.code() + (sameDay ? ":same-day" : ":next-day"));
        return new Answer.Done("SMART" + (++prns), null, null);
    }

    @Override
    public synchronized List<Pending> pending(ShippingSite site) throws UnknownPendingException {
        if (pendingUnknown) {
            throw new UnknownPendingException("HTTP 503", null);
        }
        return List.copyOf(held);
    }

    @Override
    public synchronized Answer cancel(ShippingSite site, String prn) {
        if (cancelAnswer != null) {
            return cancelAnswer;
        }
        cancelled.add(prn);
        return new Answer.Done(prn, null, null);
    }
}
