package dev.x3ups.x3.simulator.admin;

import java.util.List;

/** Numbers of the generated orders; {@code bad} lists the sales orders made unshippable on purpose. */
public record GeneratedOrders(List<String> sales, List<String> purchase, List<String> bad) {
}
