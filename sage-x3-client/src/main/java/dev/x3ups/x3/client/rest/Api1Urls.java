package dev.x3ups.x3.client.rest;

import dev.x3ups.x3.client.X3Representation;
import okhttp3.HttpUrl;

/** Builds api1 URLs under {@code {server}/api1/x3/erp/{endpoint}}. */
public final class Api1Urls {
    private final HttpUrl base;

    public Api1Urls(HttpUrl server, String endpoint) {
        this.base = server.newBuilder().addPathSegments("api1/x3/erp").addPathSegment(endpoint).build();
    }

    public HttpUrl base() {
        return base;
    }

    /** {@code {base}/{CLASS}?representation={REP}.$query}, ready for more parameters. */
    public HttpUrl.Builder query(X3Representation representation) {
        return base.newBuilder().addPathSegment(representation.className())
                .addQueryParameter("representation", representation.representation() + ".$query");
    }

    /** {@code {base}/{CLASS}('{KEY}')?representation={REP}.{facet}}. */
    public HttpUrl record(X3Representation representation, String key, String facet) {
        return base.newBuilder()
                .addPathSegment(representation.className() + "('" + key.replace("'", "''") + "')")
                .addQueryParameter("representation", representation.representation() + "." + facet)
                .build();
    }

    /** {@code {base}/{CLASS}?representation={REP}.$create}. */
    public HttpUrl create(X3Representation representation) {
        return base.newBuilder().addPathSegment(representation.className())
                .addQueryParameter("representation", representation.representation() + ".$create")
                .build();
    }
}
