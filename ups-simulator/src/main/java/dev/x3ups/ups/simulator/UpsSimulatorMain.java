package dev.x3ups.ups.simulator;

import dev.x3ups.ups.simulator.admin.FaultSpecJson;
import dev.x3ups.ups.simulator.http.Json;
import dev.x3ups.ups.simulator.visibility.LookupChannel;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator stand-alone: {@code [--port N] [--host H] [--speed X] [--seed N] [--account A1B2C3]
 * [--exception-share 0.1] [--client id:secret] [--void-window P28D] [--lag-track-reference PT2M]
 * [--lag-quantum-view PT2M] [--lag-label-recovery PT2M] [--fault 'SHIP={"lateCommitRate":0.3,..}']}
 * (durations in ISO-8601, a fault in the admin API's JSON shape; {@code --fault} repeatable).
 */
public final class UpsSimulatorMain {
    private UpsSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        UpsSimulator sim = start(args);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }));
        System.out.println("UPS simulator listening on " + sim.baseUrl());
        stopped.await();
    }

    /** Starts a simulator configured by the command-line options. */
    static UpsSimulator start(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value");
        }
        UpsSimulator.Builder b = UpsSimulator.builder();
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--port" -> b.port(Integer.parseInt(value));
                case "--host" -> b.host(value);
                case "--speed" -> b.clockSpeed(Double.parseDouble(value));
                case "--seed" -> b.seed(Long.parseLong(value));
                case "--account" -> b.accountNumber(value);
                case "--exception-share" -> b.exceptionShare(Double.parseDouble(value));
                case "--void-window" -> b.voidWindow(Duration.parse(value));
                case "--lag-track-reference" ->
                        b.visibilityLag(LookupChannel.TRACK_BY_REFERENCE, Duration.parse(value));
                case "--lag-quantum-view" -> b.visibilityLag(LookupChannel.QUANTUM_VIEW, Duration.parse(value));
                case "--lag-label-recovery" -> b.visibilityLag(LookupChannel.LABEL_RECOVERY, Duration.parse(value));
                case "--fault" -> {
                    int eq = value.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--fault needs ENDPOINT={json}");
                    }
                    b.fault(ApiEndpoint.valueOf(value.substring(0, eq).trim().toUpperCase(Locale.ROOT)),
                            FaultSpecJson.read(Json.parse(value.substring(eq + 1))));
                }
                case "--client" -> {
                    int colon = value.indexOf(':');
                    if (colon < 1) {
                        throw new IllegalArgumentException("--client needs id:secret");
                    }
                    b.client(value.substring(0, colon), value.substring(colon + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return b.start();
    }
}
