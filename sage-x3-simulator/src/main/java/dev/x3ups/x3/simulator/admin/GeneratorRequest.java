package dev.x3ups.x3.simulator.admin;

/**
 * How many random orders to create. {@code badShare} (0..1) of the sales orders are made unshippable on
 * purpose (see {@link dev.x3ups.x3.simulator.data.BadOrderKind}), spread evenly.
 */
public record GeneratorRequest(int sales, int purchase, double badShare, long seed) {

    public GeneratorRequest {
        if (sales < 0 || purchase < 0) {
            throw new IllegalArgumentException("order counts must not be negative");
        }
        if (badShare < 0 || badShare > 1) {
            throw new IllegalArgumentException("badShare is between 0 and 1");
        }
    }
}
