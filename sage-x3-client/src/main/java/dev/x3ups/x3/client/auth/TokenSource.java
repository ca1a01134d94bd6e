package dev.x3ups.x3.client.auth;

import dev.x3ups.client.AccessToken;
import dev.x3ups.x3.client.X3Exception;

/** Obtains a fresh access token: by minting it, or from a token endpoint. */
public interface TokenSource {
    AccessToken fetch() throws X3Exception;
}
