package dev.x3ups.x3.simulator.api1;

/** A where clause naming a property the representation's query facet does not have (X3 answers 500). */
public final class UnknownPropertyException extends RuntimeException {

    public UnknownPropertyException(String property) {
        super("Unknown property " + property + " in where clause");
    }
}
