package dev.x3ups.secrets.cli;

import dev.x3ups.secrets.crypto.KeyIds;
import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.keys.KeyEncoding;
import dev.x3ups.secrets.keys.KeyFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a random AES-256 key: added to a key file as the current key, or printed for an env variable. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Creates a new random 256-bit key.",
                "With --key-file the key is added to the file (created owner-only if missing) and marked current;",
                "without it the entry <keyId>=<key> is printed for the key environment variable."})
final class KeygenCommand implements Callable<Integer> {
    private final SecureRandom random;
    private final Consumer<String> warnings;

    @Spec
    CommandSpec spec;

    @Option(names = "--key-id", required = true, paramLabel = "<keyId>",
            description = "Id of the new key, 1-64 of A-Z a-z 0-9 _ - (e.g. k2026b).")
    String keyId;

    @Option(names = "--key-file", paramLabel = "<path>", description = "Key file to add the key to.")
    Path keyFile;

    KeygenCommand(SecureRandom random, Consumer<String> warnings) {
        this.random = random;
        this.warnings = warnings;
    }

    @Override
    public Integer call() {
        KeyIds.require(keyId);
        byte[] key = KeyEncoding.generate(random, KeyRing.KEY_BYTES);
        try {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (keyFile != null) {
                new KeyFile(keyFile, warnings).addCurrentKey(keyId, key);
                out.println("Added key '" + keyId + "' to " + keyFile + " and marked it current.");
            } else {
                out.println(keyId + "=" + KeyEncoding.encode(key));
                err.println("Add this entry to the key environment variable, entries separated by commas, and mark it");
                err.println("current, e.g. X3UPS_KEYS='current=" + keyId + ",<older entries>," + keyId + "=<key>'");
            }
            out.flush();
            err.flush();
            return 0;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
