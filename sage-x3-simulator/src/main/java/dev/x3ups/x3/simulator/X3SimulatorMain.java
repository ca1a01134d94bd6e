package dev.x3ups.x3.simulator;

import dev.x3ups.x3.simulator.api1.DimensionStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/** Runs the simulator from the command line until the process is stopped. */
public final class X3SimulatorMain {

    private X3SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        X3Simulator.Builder b;
        try {
            b = builderFrom(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: X3SimulatorMain [--port N] [--host H] [--endpoint NAME]... "
                    + "[--sales N] [--purchase N] [--seed N] [--dimensions array|indexed]");
            System.exit(2);
            return;
        }
        X3Simulator sim = b.start();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        System.out.println("Sage X3 simulator listening on " + sim.baseUrl() + " endpoints " + sim.endpoints());
        new CountDownLatch(1).await();
    }

    /** The builder the command-line flags describe; IllegalArgumentException for a bad flag. */
    static X3Simulator.Builder builderFrom(String[] args) {
        X3Simulator.Builder b = X3Simulator.builder();
        List<String> endpoints = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--port" -> b.port(Integer.parseInt(need(a, v)));
                case "--host" -> b.host(need(a, v));
                case "--endpoint" -> endpoints.add(need(a, v));
                case "--sales" -> b.salesOrders(Integer.parseInt(need(a, v)));
                case "--purchase" -> b.purchaseOrders(Integer.parseInt(need(a, v)));
                case "--seed" -> b.seed(Long.parseLong(need(a, v)));
                case "--dimensions" -> b.dimensionStyle(DimensionStyle.valueOf(need(a, v).toUpperCase(Locale.ROOT)));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        if (!endpoints.isEmpty()) {
            b.endpoints(endpoints.toArray(String[]::new));
        }
        return b;
    }

    private static String need(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }
}
