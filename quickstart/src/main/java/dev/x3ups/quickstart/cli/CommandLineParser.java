package dev.x3ups.quickstart.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns the arguments into options, or into a message and exit code (help, version, bad input). */
public final class CommandLineParser {

    /** Result: {@code options} to run with, or {@code message} and {@code exitCode} to stop with. */
    public record Parsed(QuickstartOptions options, String message, int exitCode) {
        public boolean shouldRun() {
            return options != null;
        }
    }

    public Parsed parse(String... args) {
        QuickstartOptions options = new QuickstartOptions();
        CommandLine cli = new CommandLine(options);
        try {
            cli.parseArgs(args);
        } catch (ParameterException e) {
            return new Parsed(null, e.getMessage() + System.lineSeparator() + "Try --help.", 2);
        }
        if (cli.isUsageHelpRequested()) {
            StringWriter usage = new StringWriter();
            cli.usage(new PrintWriter(usage));
            return new Parsed(null, usage.toString(), 0);
        }
        if (cli.isVersionHelpRequested()) {
            return new Parsed(null, "quickstart " + version(), 0);
        }
        String problem = validate(options);
        if (problem != null) {
            return new Parsed(null, problem + System.lineSeparator() + "Try --help.", 2);
        }
        return new Parsed(options, null, 0);
    }

    private static String validate(QuickstartOptions o) {
        if (o.orders < 0) {
            return "--orders must be 0 or more";
        }
        if (o.exitWhenDone && o.orders == 0) {
            return "--exit-when-done needs --orders N with N > 0";
        }
        if (o.badShare < 0 || o.badShare > 1) {
            return "--bad-share is between 0 and 1";
        }
        if (o.purchaseShare < 0 || o.purchaseShare > 1) {
            return "--purchase-share is between 0 and 1";
        }
        if (o.ratePerMinute < 0) {
            return "--rate must be 0 or more";
        }
        if (o.timeoutSeconds <= 0) {
            return "--timeout must be positive";
        }
        if (o.clockSpeed <= 0) {
            return "--clock-speed must be positive";
        }
        if (o.progressIntervalSeconds <= 0) {
            return "--progress-interval must be positive";
        }
        try {
            o.ports();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    private static String version() {
        String v = CommandLineParser.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
