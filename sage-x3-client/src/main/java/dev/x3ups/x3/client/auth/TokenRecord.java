package dev.x3ups.x3.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.client.Secret;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * One record of a pairing in the token topic, before sealing: the newest refresh token (absent before the first
 * rotation), a version that every record raises by one, and the lease of the holder that is rotating it, if any.
 * Every record carries the token, so compaction (which keeps the last record only) never loses it.
 */
record TokenRecord(long version, Optional<StoredRefreshToken> token, String holder, Instant leaseUntil) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first record of a pairing. */
    static TokenRecord empty() {
        return new TokenRecord(0, Optional.empty(), "", Instant.EPOCH);
    }

    /** Whether someone other than {@code me} holds a lease that has not run out at {@code now}. */
    boolean leasedToOther(String me, Instant now) {
        return !holder.isEmpty() && !holder.equals(me) && now.isBefore(leaseUntil);
    }

    TokenRecord leasedTo(String me, Instant until) {
        return new TokenRecord(version + 1, token, me, until);
    }

    TokenRecord released() {
        return new TokenRecord(version + 1, token, "", Instant.EPOCH);
    }

    /** The rotated token after {@code latest}, no lease. */
    static TokenRecord rotated(TokenRecord latest, StoredRefreshToken rotated) {
        return new TokenRecord(latest.version() + 1, Optional.of(rotated), "", Instant.EPOCH);
    }

    byte[] toJson() {
        ObjectNode node = JSON.createObjectNode().put("version", version).put("holder", holder)
                .put("leaseUntil", leaseUntil.toString());
        token.ifPresent(t -> node.put("refreshToken", t.token().reveal()).put("expiresAt", t.expiresAt().toString())
                .put("pairingId", t.pairingId()));
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON object always serialises", e);
        }
    }

    static TokenRecord fromJson(byte[] json) throws IOException {
        JsonNode node = JSON.readTree(json);
        Optional<StoredRefreshToken> token = node.hasNonNull("refreshToken")
                ? Optional.of(new StoredRefreshToken(Secret.of(node.get("refreshToken").asText()),
                        Instant.parse(node.get("expiresAt").asText()), node.path("pairingId").asText("")))
                : Optional.empty();
        return new TokenRecord(node.path("version").asLong(), token, node.path("holder").asText(""),
                Instant.parse(node.path("leaseUntil").asText(Instant.EPOCH.toString())));
    }

    @Override
    public String toString() {
        return "TokenRecord[version=" + version + ", token=" + (token.isPresent() ? "present" : "none")
                + ", holder=" + holder + ", leaseUntil=" + leaseUntil + "]";
    }
}
