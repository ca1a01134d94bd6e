package dev.x3ups.ups.simulator.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks reach an HTTPS receiver with a self-signed certificate when its trust is configured. */
class HttpsWebhookTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private KeyStore selfSigned() throws Exception {
        Path store = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, PASSWORD);
        }
        return ks;
    }

    @Test
    void postsToAnHttpsReceiver() throws Exception {
        KeyStore ks = selfSigned();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD);
        SSLContext serverSsl = SSLContext.getInstance("TLS");
        serverSsl.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext clientSsl = SSLContext.getInstance("TLS");
        clientSsl.init(null, tmf.getTrustManagers(), null);

        AtomicInteger received = new AtomicInteger();
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverSsl));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        https.setExecutor(threads);
        https.createContext("/events", ex -> {
            ex.getRequestBody().readAllBytes();
            if ("tls-credential".equals(ex.getRequestHeaders().getFirst("credential"))) {
                received.incrementAndGet();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        https.start();
        try (UpsSimulator sim = UpsSimulator.builder().clockSpeed(0).exceptionShare(0).webhookSslContext(clientSsl)
                .webhookConcurrency(1).start()) {
            SimulatorClient client = new SimulatorClient(sim);
            String number = client.post("/api/shipments/v2409/ship", ShipRequests.domestic("X3-TLS")).json()
                    .at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
            sim.advanceClock(Duration.ofMinutes(1));
            ObjectNode body = SimulatorClient.MAPPER.createObjectNode().put("locale", "en_US");
            body.putArray("trackingNumberList").add(number);
            body.putObject("destination").put("url", "https://127.0.0.1:" + https.getAddress().getPort() + "/events")
                    .put("credentialType", "Bearer").put("credential", "tls-credential");
            assertThat(client.post("/api/track/v1/subscription/standard/package", body).status()).isEqualTo(200);
            sim.advanceClock(Duration.ofDays(10));
            // One post at a time: one TLS handshake, so a loaded build machine does not time posts out.
            await().atMost(Duration.ofSeconds(30)).until(() -> received.get() == 6);
            assertThat(sim.trackAlert().stats().failed()).isZero();
        } finally {
            https.stop(0);
            threads.shutdownNow();
        }
    }
}
