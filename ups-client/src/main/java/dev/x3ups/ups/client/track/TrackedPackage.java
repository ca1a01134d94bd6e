package dev.x3ups.ups.client.track;

import java.util.List;

/** A package as Track reports it; activities newest first; our reference numbers come back in {@code references}. */
public record TrackedPackage(String trackingNumber, TrackStatus currentStatus, List<TrackActivity> activities,
                             List<String> references, String scheduledDeliveryDate, String deliveredDate) {
    public TrackedPackage {
        activities = List.copyOf(activities);
        references = List.copyOf(references);
    }

    public boolean delivered() {
        return currentStatus != null && "D".equals(currentStatus.type());
    }
}
