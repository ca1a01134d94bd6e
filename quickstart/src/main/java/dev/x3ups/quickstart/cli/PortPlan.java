package dev.x3ups.quickstart.cli;

import java.util.List;

/** The five ports the quickstart listens on (0 = any free port). */
public record PortPlan(int kafka, int connect, int x3, int ups, int webhook) {

    public PortPlan {
        for (int port : new int[] {kafka, connect, x3, ups, webhook}) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
    }

    /** Each port with what listens there and the flag that moves it, in start-up order. */
    public List<NamedPort> all() {
        return List.of(
                new NamedPort(kafka, "Kafka broker", "--kafka-port"),
                new NamedPort(connect, "Connect REST API", "--connect-port"),
                new NamedPort(x3, "Sage X3 simulator", "--x3-port"),
                new NamedPort(ups, "UPS simulator", "--ups-port"),
                new NamedPort(webhook, "Track Alert webhook listener", "--webhook-port"));
    }

    /** A port, the service on it and its flag. */
    public record NamedPort(int port, String service, String flag) {
    }
}
