package dev.x3ups.ups.tracking.webhook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Track Alert listener: Jetty on the configured address and port, HTTPS with the configured keystore or
 * plain HTTP behind a TLS-terminating load balancer. Ports held by listeners of this JVM are remembered, so
 * {@code validate()} of a running connector does not report its own port as taken.
 */
public final class WebhookServer implements AutoCloseable {
    private static final Set<Integer> HELD_PORTS = ConcurrentHashMap.newKeySet();
    private final Server server;
    private final ServerConnector connector;
    private int heldPort = -1;

    private WebhookServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static WebhookServer start(String bindAddress, int port, ListenerTls tls, WebhookIntake intake,
                                      WebhookPaths paths, int maxBodyBytes, IntSupplier queueDepth) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("ups-track-alert-listener");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector;
        if (tls != null) {
            http.addCustomizer(new SecureRequestCustomizer(false));
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystorePath());
            ssl.setKeyStorePassword(tls.keystorePassword());
            ssl.setKeyStoreType(tls.keystoreType());
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(bindAddress);
        connector.setPort(port);
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        server.setHandler(new WebhookRouter(intake, paths, maxBodyBytes, queueDepth));
        server.setStopTimeout(2_000);
        WebhookServer listener = new WebhookServer(server, connector);
        server.start();
        listener.heldPort = connector.getLocalPort();
        HELD_PORTS.add(listener.heldPort);
        return listener;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Whether a listener of this JVM holds the port (its own running task, for validate()). */
    public static boolean heldHere(int port) {
        return HELD_PORTS.contains(port);
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            HELD_PORTS.remove(heldPort);
        }
    }
}
