package dev.x3ups.secrets.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The same key sources the provider reads: a key file, an env variable, or both. */
final class KeySourceOptions {
    @Option(names = "--key-file", paramLabel = "<path>", description = "Key file (as in key.file of the provider).")
    Path keyFile;

    @Option(names = "--key-env", paramLabel = "<VARIABLE>",
            description = "Environment variable holding the keys (as in key.env of the provider).")
    String keyEnv;

    Optional<Path> keyFile() {
        return Optional.ofNullable(keyFile);
    }

    Optional<String> keyEnv() {
        return Optional.ofNullable(keyEnv);
    }
}
