package dev.x3ups.x3.simulator.data;

/** A delivery mode (TABMODELIV) and the carrier it normally uses. */
public record DeliveryMode(String code, String description, String carrier) {
}
