package dev.x3ups.ups.client.pickup;

import java.time.LocalDate;

/**
 * One pickup in pending status (UPS lists today's and tomorrow's only): its PRN, local service date, status, and the
 * reference we gave when booking (how a booking whose answer was lost is found again). {@code statusMessage} is
 * UPS's text as sent.
 */
public record PendingPickup(String prn, LocalDate serviceDate, String pickupType, PickupStatus status,
                            String statusMessage, String reference, String contactName) {
}
