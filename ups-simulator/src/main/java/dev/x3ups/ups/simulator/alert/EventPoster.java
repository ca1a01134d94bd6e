package dev.x3ups.ups.simulator.alert;

/** Posts one webhook body to a destination, fire and forget (at most once). */
interface EventPoster {
    void send(WebhookDestination destination, byte[] body);
}
