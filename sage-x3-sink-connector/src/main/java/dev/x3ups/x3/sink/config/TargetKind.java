package dev.x3ups.x3.sink.config;

/** Where the tracking is written in X3. */
public enum TargetKind {
    /** A custom api1 class/representation with $create/$edit facets (default YSHIPTRK). */
    API1,
    /** A GraphQL mutation the site enabled (e.g. salesOrder update with custom properties). */
    GRAPHQL
}
