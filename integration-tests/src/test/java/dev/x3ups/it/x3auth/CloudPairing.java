package dev.x3ups.it.x3auth;

import dev.x3ups.embedded.connectors.X3Login;
import dev.x3ups.x3.simulator.X3Simulator;
import dev.x3ups.x3.simulator.data.SalesOrderDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An X3 Cloud pairing on the X3 simulator: a paired refresh token, short access tokens (so tokens rotate every few
 * seconds), and the settings that keep the rotating token in a Kafka topic sealed with a provider key.
 */
public final class CloudPairing implements AutoCloseable {
    public final X3Simulator x3;
    final String pairedRefreshToken;
    final Path keyFile;

    private CloudPairing(X3Simulator x3, String pairedRefreshToken, Path keyFile) {
        this.x3 = x3;
        this.pairedRefreshToken = pairedRefreshToken;
        this.keyFile = keyFile;
    }

    /** Access tokens live {@code accessTokenLifetime}; clients renew them half-way. */
    public static CloudPairing start(Duration accessTokenLifetime, int salesOrders, Path folder) throws IOException {
        X3Simulator x3 = X3Simulator.builder().port(0).salesOrders(salesOrders).purchaseOrders(0)
                .accessTokenLifetime(accessTokenLifetime).start();
        String paired = x3.auth().exchangeCode(x3.auth().issueAuthorizationCode(X3Simulator.DEFAULT_OAUTH_CLIENT_ID,
                null), X3Simulator.DEFAULT_OAUTH_CLIENT_ID, X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET).refreshToken();
        return new CloudPairing(x3, paired, providerKeyFile(folder));
    }

    /** A provider key file as every worker has it (its content, not a shared volume). */
    private static Path providerKeyFile(Path folder) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path file = folder.resolve("x3ups.keys");
        Files.write(file, List.of("it1=" + Base64.getUrlEncoder().withoutPadding().encodeToString(key), "current=it1"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    public X3Login login() {
        return X3Login.refreshToken(X3Simulator.DEFAULT_USER, x3.baseUrl() + "/v1/token",
                X3Simulator.DEFAULT_OAUTH_CLIENT_ID, X3Simulator.DEFAULT_OAUTH_CLIENT_SECRET, pairedRefreshToken, "");
    }

    /** The token topic instead of a file. */
    public Map<String, String> tokenTopic(String bootstrapServers, String topic) {
        return Map.of("x3.refresh.token.file", "", "x3.refresh.token.bootstrap.servers", bootstrapServers,
                "x3.refresh.token.topic", topic, "x3.refresh.token.key.file", keyFile.toString());
    }

    public String createSalesOrder(int i) {
        return "SEED:SALES:" + x3.admin().createSalesOrder(SalesOrderDraft.forCustomer("C000" + (1 + i % 9))
                .deliveryMode("UGND").line("IT0001", 1 + i % 5)).number();
    }

    public long rotations() {
        return x3.counters().get("token.refresh_token");
    }

    /** Refresh tokens presented a second time: each one revoked the chain, locking the connectors out. */
    public long reuses() {
        return x3.auth().reusedRefreshTokens();
    }

    public long refusedRequests() {
        return x3.counters().get("auth.rejected");
    }

    @Override
    public void close() {
        x3.close();
    }
}
