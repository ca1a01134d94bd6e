package dev.x3ups.quickstart.runtime;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;

/** The lines printed once everything runs: where things are and how to look at them. */
final class Banner {

    private Banner() {
    }

    static void print(PrintStream out, URI connect, List<String> connectors, String x3, String ups, String kafka,
                      int webhookPort, String logFile) {
        String rest = connect.toString().replaceAll("/$", "");
        out.println("Connect REST API: " + rest + "   (connectors: " + String.join(", ", connectors) + ")");
        out.println("  curl -s " + rest + "/connectors?expand=status");
        out.println("  curl -s " + rest + "/connectors/" + (connectors.isEmpty() ? "<name>" : connectors.get(0))
                + "/status");
        out.println("Kafka " + kafka + " | Sage X3 simulator " + x3 + " | UPS simulator " + ups
                + " | webhook listener port " + webhookPort);
        out.println("Kafka and Connect logs: " + logFile);
        out.flush();
    }
}
