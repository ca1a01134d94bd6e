package dev.x3ups.x3.client.auth;

import dev.x3ups.client.Secret;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Request;

/** HTTP Basic with a Syracuse web-service user. Nothing to renew: a 401 is final. */
public final class BasicAuthenticator implements RequestAuthenticator {
    private final String header;

    public BasicAuthenticator(String user, Secret password) {
        this.header = Credentials.basic(user, password.reveal(), StandardCharsets.UTF_8);
    }

    @Override
    public Request authorize(Request request) {
        return request.newBuilder().header("Authorization", header).build();
    }

    @Override
    public boolean renewAfterRefusal(Request refused) {
        return false;
    }

    @Override
    public String toString() {
        return "BasicAuthenticator";
    }
}
