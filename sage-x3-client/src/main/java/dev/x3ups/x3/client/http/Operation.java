package dev.x3ups.x3.client.http;

import okhttp3.Request;

/**
 * What a call did, for error messages: method and path, never the query string (which may carry
 * where clauses with customer data) nor any header.
 */
public record Operation(String method, String path) {

    public static Operation of(Request request) {
        return new Operation(request.method(), request.url().encodedPath());
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
