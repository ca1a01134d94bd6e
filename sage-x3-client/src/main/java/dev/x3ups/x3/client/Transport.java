package dev.x3ups.x3.client;

/** How orders are read from X3. */
public enum Transport {
    /** Syracuse web API {@code /api1/x3/erp/{endpoint}/...}. */
    REST,
    /** X3 Services GraphQL ({@code /xtrem/api}) or the X3 Cloud gateway. */
    GRAPHQL
}
