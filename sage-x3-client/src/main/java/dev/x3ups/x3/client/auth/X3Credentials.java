package dev.x3ups.x3.client.auth;

/**
 * How the client proves who it is to X3; one record per auth mode. Secrets are {@link
 * dev.x3ups.x3.client.Secret}s, so {@code toString()} of any of these is safe to log.
 */
public sealed interface X3Credentials
        permits BasicCredentials, ConnectedAppCredentials, RefreshTokenCredentials, ClientCredentials {
}
