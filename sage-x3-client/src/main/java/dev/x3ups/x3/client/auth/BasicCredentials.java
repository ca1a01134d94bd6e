package dev.x3ups.x3.client.auth;

import dev.x3ups.client.Secret;
import java.util.Objects;

/** A Syracuse web-service user with Basic authentication (on-premise api1). */
public record BasicCredentials(String user, Secret password) implements X3Credentials {
    public BasicCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }
}
