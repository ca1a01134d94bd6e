package dev.x3ups.ups.simulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The UPS apps (client id and secret) the simulator accepts. Secrets are compared in constant time. */
public final class ClientRegistry {
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

    public void register(String clientId, String clientSecret) {
        secrets.put(clientId, clientSecret.getBytes(StandardCharsets.UTF_8));
    }

    public boolean knows(String clientId) {
        return secrets.containsKey(clientId);
    }

    public boolean authenticates(String clientId, String clientSecret) {
        byte[] expected = secrets.get(clientId);
        return expected != null
                && MessageDigest.isEqual(expected, clientSecret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ClientRegistry" + secrets.keySet();
    }
}
