package dev.x3ups.ups.client.ship;

/** UPS dimension units. */
public enum LengthUnit {
    IN, CM
}
