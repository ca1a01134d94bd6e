package dev.x3ups.secrets.cli;

import dev.x3ups.secrets.crypto.SecretException;
import dev.x3ups.secrets.keys.KeyRingLoader;
import java.io.Console;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -cp 'lib/*' dev.x3ups.secrets.cli.SecretsTool keygen|encrypt ...}. Needs only this jar
 * and picocli: no Kafka classes. There is deliberately no decrypt command.
 */
@Command(name = "SecretsTool", mixinStandardHelpOptions = true, version = "x3ups secrets tool 1",
        description = "Creates keys and encrypts secrets for the x3ups encrypted config provider.")
public final class SecretsTool implements Runnable {
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Spec
    void spec(CommandLine.Model.CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: keygen or encrypt");
    }

    public static void main(String[] args) {
        Console console = System.console();
        // A terminal gets a no-echo prompt; piped input is read as a whole.
        SecretInput input = isTerminal(console)
                ? new ConsoleSecretInput(() -> console.readPassword(ConsoleSecretInput.PROMPT))
                : new StreamSecretInput(System.in);
        PrintStream err = System.err;
        System.exit(commandLine(input, System::getenv, new SecureRandom(), err::println).execute(args));
    }

    /**
     * Up to Java 21 a console exists only for a terminal; from Java 22 it may exist for redirected
     * streams too, and {@code Console.isTerminal()} (looked up reflectively, we compile for 17) tells.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static CommandLine commandLine(SecretInput input, Function<String, String> environment, SecureRandom random,
                                   java.util.function.Consumer<String> warnings) {
        CommandLine cli = new CommandLine(new SecretsTool());
        cli.addSubcommand(new KeygenCommand(random, warnings));
        cli.addSubcommand(new EncryptCommand(input, new KeyRingLoader(environment, warnings)));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SecretException || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("error: " + e.getMessage());
                commandLine.getErr().flush();
                return 1;
            }
            throw e;
        });
        return cli;
    }
}
