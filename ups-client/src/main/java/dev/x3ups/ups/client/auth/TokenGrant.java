package dev.x3ups.ups.client.auth;

import java.time.Duration;

/** What the token endpoint granted: the token text and its lifetime from {@code expires_in}. */
public record TokenGrant(String accessToken, Duration lifetime) {
    @Override
    public String toString() {
        return "TokenGrant{accessToken=[hidden], lifetime=" + lifetime + "}";
    }
}
