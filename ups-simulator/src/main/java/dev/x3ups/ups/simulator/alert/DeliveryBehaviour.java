package dev.x3ups.ups.simulator.alert;

import java.time.Duration;

/**
 * How unreliable webhook delivery is: shares of events dropped, sent twice, held back until after the
 * package's next event, and deliveries followed by a late second D event carrying a photo.
 */
public record DeliveryBehaviour(double dropRate, double duplicateRate, double outOfOrderRate, double latePhotoRate,
                                Duration photoDelay) {

    public DeliveryBehaviour {
        for (double r : new double[] {dropRate, duplicateRate, outOfOrderRate, latePhotoRate}) {
            if (r < 0 || r > 1) {
                throw new IllegalArgumentException("rates are between 0 and 1");
            }
        }
    }

    public static DeliveryBehaviour reliable() {
        return new DeliveryBehaviour(0, 0, 0, 0, Duration.ofMillis(500));
    }

    public DeliveryBehaviour withDropRate(double r) {
        return new DeliveryBehaviour(r, duplicateRate, outOfOrderRate, latePhotoRate, photoDelay);
    }

    public DeliveryBehaviour withDuplicateRate(double r) {
        return new DeliveryBehaviour(dropRate, r, outOfOrderRate, latePhotoRate, photoDelay);
    }

    public DeliveryBehaviour withOutOfOrderRate(double r) {
        return new DeliveryBehaviour(dropRate, duplicateRate, r, latePhotoRate, photoDelay);
    }

    public DeliveryBehaviour withLatePhotoRate(double r) {
        return new DeliveryBehaviour(dropRate, duplicateRate, outOfOrderRate, r, photoDelay);
    }

    public DeliveryBehaviour withPhotoDelay(Duration d) {
        return new DeliveryBehaviour(dropRate, duplicateRate, outOfOrderRate, latePhotoRate, d);
    }
}
