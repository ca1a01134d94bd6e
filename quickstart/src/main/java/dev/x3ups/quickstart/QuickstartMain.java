package dev.x3ups.quickstart;

import dev.x3ups.quickstart.cli.CommandLineParser;
import dev.x3ups.quickstart.cli.QuickstartOptions;
import dev.x3ups.quickstart.ports.PortCheck;
import dev.x3ups.quickstart.runtime.Quickstart;
import dev.x3ups.quickstart.runtime.Workspace;

import java.io.PrintStream;

import org.apache.kafka.common.utils.internals.Exit;
import java.util.Optional;

/**
 * {@code java -jar quickstart.jar [options]}. No logger here on purpose: logging is pointed at the
 * run's log file before any Kafka class asks for one.
 */
public final class QuickstartMain {

    private QuickstartMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLineParser.Parsed parsed = new CommandLineParser().parse(args);
        if (!parsed.shouldRun()) {
            (parsed.exitCode() == 0 ? out : err).println(parsed.message());
            return parsed.exitCode();
        }
        QuickstartOptions options = parsed.options();
        Optional<String> portProblem = new PortCheck().firstProblem(options.ports());
        if (portProblem.isPresent()) {
            err.println(portProblem.get());
            return 2;
        }
        Workspace workspace = Workspace.create();
        QuickstartLogging.toFile(workspace.logFile());
        Quickstart quickstart = new Quickstart(options, workspace, out, err);
        Thread hook = new Thread(quickstart::shutdown, "quickstart-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // Connect adds a shutdown hook of its own (through Kafka's Exit), which would stop the worker
        // concurrently with ours: ours then closed the broker under the stopping worker, whose herder
        // called System.exit inside the shutdown and hung the JVM. Ours alone stops the worker, then the broker.
        Exit.setShutdownHookAdder((name, runnable) -> { });
        try {
            return quickstart.run();
        } catch (Exception | LinkageError e) {
            err.println("quickstart failed: " + e.getMessage() + " (details in " + workspace.logFile() + ")");
            QuickstartLogging.recordFailure(e);
            return 1;
        } finally {
            if (!Thread.currentThread().isInterrupted()) {
                quickstart.shutdown();
            }
        }
    }
}
