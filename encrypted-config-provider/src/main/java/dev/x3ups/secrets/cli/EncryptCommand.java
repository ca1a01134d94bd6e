package dev.x3ups.secrets.cli;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SealedSecret;
import dev.x3ups.secrets.crypto.SecretCipher;
import dev.x3ups.secrets.crypto.SecretException;
import dev.x3ups.secrets.keys.KeyRingLoader;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Encrypts a secret read from standard input and prints the config reference to paste into connector JSON. */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = {"Encrypts the secret given on STANDARD INPUT and prints the $${provider:keyId:token} reference.",
                "The secret is never taken from the command line. One trailing line break is ignored."})
final class EncryptCommand implements Callable<Integer> {
    private final SecretInput input;
    private final KeyRingLoader loader;

    @Spec
    CommandSpec spec;

    @Mixin
    KeySourceOptions keySource;

    @Option(names = "--key-id", paramLabel = "<keyId>",
            description = "Key to encrypt with (default: the key marked current).")
    String keyId;

    @Option(names = "--provider-name", paramLabel = "<name>", defaultValue = "encrypted",
            description = "Provider name from the worker's config.providers (default: ${DEFAULT-VALUE}).")
    String providerName;

    EncryptCommand(SecretInput input, KeyRingLoader loader) {
        this.input = input;
        this.loader = loader;
    }

    @Override
    public Integer call() {
        try (KeyRing keys = loader.load(keySource.keyFile(), keySource.keyEnv())) {
            byte[] secret = input.readSecret();
            try {
                if (secret.length == 0) {
                    throw new SecretException("The secret read from standard input is empty");
                }
                SecretCipher cipher = new SecretCipher(keys);
                SealedSecret sealed = keyId == null ? cipher.seal(secret) : cipher.seal(keyId, secret);
                spec.commandLine().getOut().println(ConfigReference.of(providerName, sealed));
                spec.commandLine().getOut().flush();
                return 0;
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }
}
