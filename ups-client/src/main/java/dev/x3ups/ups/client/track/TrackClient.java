package dev.x3ups.ups.client.track;

import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

/** Track API v1: by tracking number, and by our own reference number (reconciliation after an ambiguous ship). */
public final class TrackClient {
    private static final DateTimeFormatter PICKUP_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private final UpsTransport transport;

    public TrackClient(UpsTransport transport) {
        this.transport = transport;
    }

    /** {@code GET /api/track/v1/details/{inquiryNumber}}. */
    public CompletableFuture<TrackResult> details(String trackingNumber) {
        ApiRequest request = ApiRequest.get("track", "track", "v1", "details", trackingNumber)
                .withQuery("locale", "en_US");
        return transport.execute(request).thenApply(response -> TrackResponseReader.read(response.body()));
    }

    /**
     * {@code GET /api/track/v1/reference/details/{ref}}. Pickup dates default to UPS's last 14 days when null.
     * UPS may answer TW0001 for shipments not yet picked up.
     */
    public CompletableFuture<TrackResult> byReference(String reference, String shipperNumber, LocalDate fromPickup,
                                                      LocalDate toPickup) {
        ApiRequest request = ApiRequest.get("track by reference", "track", "v1", "reference", "details", reference)
                .withQuery("locale", "en_US")
                .withQuery("shipperNum", shipperNumber)
                .withQuery("fromPickUpDate", fromPickup == null ? null : PICKUP_DATE.format(fromPickup))
                .withQuery("toPickUpDate", toPickup == null ? null : PICKUP_DATE.format(toPickup));
        return transport.execute(request).thenApply(response -> TrackResponseReader.read(response.body()));
    }
}
