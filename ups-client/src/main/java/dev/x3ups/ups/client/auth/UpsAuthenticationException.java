package dev.x3ups.ups.client.auth;

import dev.x3ups.ups.client.UpsError;
import dev.x3ups.ups.client.UpsException;
import java.util.List;

/** UPS refused our client credentials (400/401/403 on the token endpoint, or 401 after a fresh token). */
public final class UpsAuthenticationException extends UpsException {
    public UpsAuthenticationException(String message, int httpStatus, List<UpsError> errors) {
        super(message, httpStatus, errors, null);
    }
}
