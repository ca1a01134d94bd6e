package dev.x3ups.x3.client.auth;

import dev.x3ups.client.Secret;
import java.time.Duration;

/**
 * What a token endpoint granted.
 *
 * @param refreshToken          the rotated refresh token, null when none was issued
 * @param refreshTokenLifetime  null when the endpoint did not say
 */
public record TokenResponse(Secret accessToken, Duration accessTokenLifetime, Secret refreshToken,
                            Duration refreshTokenLifetime) {
}
