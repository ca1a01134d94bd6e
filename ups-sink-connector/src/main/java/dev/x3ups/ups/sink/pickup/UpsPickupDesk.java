package dev.x3ups.ups.sink.pickup;

import dev.x3ups.client.Failures;
import dev.x3ups.records.Money;
import dev.x3ups.ups.client.UpsRejectedException;
import dev.x3ups.ups.client.pickup.PendingPickup;
import dev.x3ups.ups.client.pickup.PickupAddress;
import dev.x3ups.ups.client.pickup.PickupCancellation;
import dev.x3ups.ups.client.pickup.PickupClient;
import dev.x3ups.ups.client.pickup.PickupContainer;
import dev.x3ups.ups.client.pickup.PickupOutcome;
import dev.x3ups.ups.client.pickup.PickupPayment;
import dev.x3ups.ups.client.pickup.PickupRate;
import dev.x3ups.ups.client.pickup.PickupRequest;
import dev.x3ups.ups.client.pickup.SmartPickupTrigger;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.client.ship.Weight;
import dev.x3ups.ups.client.ship.WeightUnit;
import dev.x3ups.ups.sink.site.ShippingSite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pickup plan's {@link PickupDesk} on the UPS client: requests built from the site and the day, UPS's answers
 * told apart into done, refused and "may or may not have happened". A booking UPS could not process before the
 * retry deadline counts as ambiguous too: the next attempt then looks in pending status first, which is safe.
 */
final class UpsPickupDesk implements PickupDesk {
    private static final int COMPANY_MAX = 27;
    private static final int CONTACT_MAX = 22;
    private final PickupClient client;
    private final Duration timeout;

    UpsPickupDesk(PickupClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Answer book(Request request) {
        PickupOutcome outcome;
        try {
            outcome = await(client.book(pickup(request, false)));
        } catch (TimeoutException e) {
            return new Answer.Ambiguous("no answer within " + timeout);
        } catch (RuntimeException e) {
            return answerTo(e);
        }
        if (outcome instanceof PickupOutcome.Booked booked) {
            return new Answer.Done(booked.prn(), charge(booked.rate()), request.date());
        }
        if (outcome instanceof PickupOutcome.Rejected rejected) {
            return new Answer.Refused(rejected.code() == null ? "HTTP_" + rejected.httpStatus() : rejected.code(),
                    rejected.message());
        }
        if (outcome instanceof PickupOutcome.Unavailable unavailable) {
            return new Answer.Ambiguous("UPS unavailable: " + unavailable.reason());
        }
        return new Answer.Ambiguous(((PickupOutcome.Ambiguous) outcome).reason());
    }

    @Override
    public Answer rate(Request request) {
        try {
            PickupRate rate = await(client.rate(pickup(request, true),
                    dev.x3ups.ups.client.pickup.PickupKind.ON_CALL));
            return new Answer.Done(null, charge(rate), request.date());
        } catch (TimeoutException e) {
            return new Answer.Ambiguous("no rate within " + timeout);
        } catch (RuntimeException e) {
            return answerTo(e);
        }
    }

    @Override
    public Answer trigger(ShippingSite site, boolean sameDay) {
        try {
            SmartPickupTrigger trigger = await(client.triggerSmart(site.account(), sameDay
                    ? SmartPickupTrigger.When.SAME_DAY : SmartPickupTrigger.When.NEXT_BUSINESS_DAY, site.code()));
            return new Answer.Done(trigger.prn(), null, trigger.serviceDate());
        } catch (TimeoutException e) {
            return new Answer.Ambiguous("no answer within " + timeout);
        } catch (RuntimeException e) {
            return answerTo(e);
        }
    }

    @Override
    public List<Pending> pending(ShippingSite site) throws UnknownPendingException {
        try {
            List<PendingPickup> held = await(client.pending(site.account(),
                    dev.x3ups.ups.client.pickup.PickupKind.ON_CALL));
            return held.stream().filter(p -> p.status() == null || p.status().active())
                    .map(p -> new Pending(p.prn(), p.serviceDate(), p.reference())).toList();
        } catch (TimeoutException | RuntimeException e) {
            throw new UnknownPendingException(Failures.rootMessage(e), e);
        }
    }

    @Override
    public Answer cancel(ShippingSite site, String prn) {
        try {
            PickupCancellation result = await(client.cancel(prn));
            return result.cancelled() ? new Answer.Done(prn, null, null)
                    : new Answer.Refused(result.result().name(), result.message());
        } catch (TimeoutException e) {
            return new Answer.Ambiguous("no answer within " + timeout);
        } catch (RuntimeException e) {
            return answerTo(e);
        }
    }

    /** The UPS request of one site's day; {@code rating} asks for no payment (a rate request has none). */
    private static PickupRequest pickup(Request request, boolean rating) {
        ShippingSite site = request.site();
        Party party = site.party();
        if (party.phone() == null) {
            throw new IllegalArgumentException("site " + site.code() + " has no phone: UPS needs one for a pickup");
        }
        String contact = party.attentionName() == null ? party.name() : party.attentionName();
        PickupAddress address = new PickupAddress(cut(party.name(), COMPANY_MAX), cut(contact, CONTACT_MAX),
                party.address().lines(), party.address().city(), party.address().stateProvince(),
                party.address().postalCode(), party.address().countryCode(), party.phone(),
                party.address().residential(), null);
        PickupRequest.Builder builder = PickupRequest.builder().address(address).date(request.date())
                .window(request.readyTime(), request.closeTime()).overweight(request.overweight())
                .reference(request.reference()).labelsPrinted(true)
                .payment(rating ? PickupPayment.none()
                        : PickupPayment.shipperAccount(site.account(), party.address().countryCode()));
        for (dev.x3ups.records.PickupPiece piece : request.pieces()) {
            builder.piece(new dev.x3ups.ups.client.pickup.PickupPiece(piece.serviceCode(),
                    piece.destinationCountry(), container(piece.containerCode()), piece.quantity()));
        }
        if (request.totalWeightKg() != null) {
            builder.totalWeight(new Weight(request.totalWeightKg(), WeightUnit.KGS));
        }
        return builder.build();
    }

    private static PickupContainer container(String code) {
        for (PickupContainer c : PickupContainer.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return PickupContainer.PACKAGE;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static Money charge(PickupRate rate) {
        return rate == null || rate.total() == null ? null : new Money(rate.total().amount(), rate.total().currency());
    }

    private <T> T await(CompletableFuture<T> future) throws TimeoutException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for UPS", e);
        } catch (ExecutionException e) {
            Throwable cause = Failures.cause(e);
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    private static Answer answerTo(RuntimeException error) {
        Throwable cause = Failures.cause(error);
        if (cause instanceof UpsRejectedException rejected) {
            String message = rejected.errors().isEmpty() ? "HTTP " + rejected.httpStatus()
                    : rejected.errors().get(0).message();
            return new Answer.Refused(rejected.code() == null ? "HTTP_" + rejected.httpStatus() : rejected.code(),
                    message);
        }
        if (cause instanceof IllegalArgumentException invalid) {
            return new Answer.Refused("INVALID_PICKUP", invalid.getMessage());
        }
        return new Answer.Ambiguous(Failures.rootMessage(cause));
    }
}
