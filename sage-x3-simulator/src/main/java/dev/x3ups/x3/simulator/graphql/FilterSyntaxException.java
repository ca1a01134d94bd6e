package dev.x3ups.x3.simulator.graphql;

/** A filter or orderBy string that does not parse or names an unknown property. */
public final class FilterSyntaxException extends RuntimeException {

    public FilterSyntaxException(String message) {
        super(message);
    }
}
