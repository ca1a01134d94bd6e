package dev.x3ups.it.secrets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encrypted config provider's command-line tool, run from the plugin archive's {@code lib/} exactly as
 * the README tells users to: {@code keygen} into a key file, {@code encrypt} with the secret on standard input.
 */
final class SecretsToolCli {

    private static final String MAIN = "dev.x3ups.secrets.cli.SecretsTool";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{encrypted:[A-Za-z0-9_-]+:v1\\.[A-Za-z0-9_.-]+}");

    private final Path libDirectory;
    private final Path keyFile;

    SecretsToolCli(Path libDirectory, Path keyFile) {
        this.libDirectory = libDirectory;
        this.keyFile = keyFile;
    }

    /** Adds a new key to the key file (creating it owner-only) and marks it current. */
    void keygen(String keyId) {
        run(List.of("keygen", "--key-id", keyId, "--key-file", keyFile.toString()), new byte[0]);
    }

    /** The {@code ${encrypted:<keyId>:v1.…}} reference for {@code secret}, encrypted with the current key. */
    String encrypt(String secret) {
        String out = run(List.of("encrypt", "--key-file", keyFile.toString()),
                (secret + "\n").getBytes(StandardCharsets.UTF_8));
        Matcher reference = REFERENCE.matcher(out);
        if (!reference.find()) {
            throw new IllegalStateException("SecretsTool encrypt printed no reference");
        }
        return reference.group();
    }

    private String run(List<String> arguments, byte[] stdin) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(libDirectory.resolve("*").toString());
        command.add(MAIN);
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("SecretsTool " + arguments.get(0) + " did not finish");
            }
            if (process.exitValue() != 0) {
                // the tool never prints the secret, so its output is safe to show
                throw new IllegalStateException("SecretsTool " + arguments.get(0) + " failed (" + process.exitValue()
                        + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
