package dev.x3ups.ups.simulator;

import java.util.concurrent.CountDownLatch;

/** Runs the simulator stand-alone: {@code [--port N] [--host H] [--speed X] [--seed N] [--account A1B2C3]
 * [--exception-share 0.1] [--client id:secret]}. */
public final class UpsSimulatorMain {
    private UpsSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        UpsSimulator.Builder b = UpsSimulator.builder();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> b.port(Integer.parseInt(args[i + 1]));
                case "--host" -> b.host(args[i + 1]);
                case "--speed" -> b.clockSpeed(Double.parseDouble(args[i + 1]));
                case "--seed" -> b.seed(Long.parseLong(args[i + 1]));
                case "--account" -> b.accountNumber(args[i + 1]);
                case "--exception-share" -> b.exceptionShare(Double.parseDouble(args[i + 1]));
                case "--client" -> {
                    int colon = args[i + 1].indexOf(':');
                    b.client(args[i + 1].substring(0, colon), args[i + 1].substring(colon + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        UpsSimulator sim = b.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }));
        System.out.println("UPS simulator listening on " + sim.baseUrl());
        stopped.await();
    }
}
