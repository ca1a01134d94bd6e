package dev.x3ups.x3.simulator.auth;

import java.time.Duration;

/** An X3 Services connected application: the client signs its own HS256 JWTs with {@code secret}. */
public record ConnectedApp(String clientId, String secret, String user, Duration validity) {

    @Override
    public String toString() {
        return "ConnectedApp[clientId=" + clientId + ", user=" + user + ", validity=" + validity + "]";
    }
}
