package dev.x3ups.secrets.keys;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SecretException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Builds the key ring from a key file, a key env variable, or both (merged). */
public final class KeyRingLoader {
    private final Function<String, String> environment;
    private final Consumer<String> warnings;

    /**
     * @param environment looks up an env variable by name (System::getenv in production)
     * @param warnings receives non-fatal findings such as a key file readable by others
     */
    public KeyRingLoader(Function<String, String> environment, Consumer<String> warnings) {
        this.environment = environment;
        this.warnings = warnings;
    }

    public KeyRing load(Optional<Path> keyFile, Optional<String> keyEnvVariable) {
        if (keyFile.isEmpty() && keyEnvVariable.isEmpty()) {
            throw new SecretException("No key source configured: give a key file, a key env variable, or both");
        }
        KeyRing ring = null;
        if (keyFile.isPresent()) {
            ring = new KeyFile(keyFile.get(), warnings).read();
        }
        if (keyEnvVariable.isPresent()) {
            KeyRing fromEnv;
            try {
                fromEnv = fromEnvironment(keyEnvVariable.get());
            } catch (SecretException e) {
                if (ring != null) {
                    ring.close();
                }
                throw e;
            }
            ring = ring == null ? fromEnv : mergeAndWipe(ring, fromEnv);
        }
        return singleKeyIsCurrent(ring);
    }

    /** With just one key there is no doubt which one seals new values. */
    private static KeyRing singleKeyIsCurrent(KeyRing ring) {
        if (ring.currentKeyId().isPresent() || ring.keyIds().size() != 1) {
            return ring;
        }
        try (ring) {
            return ring.withCurrentKeyId(ring.keyIds().get(0));
        }
    }

    private KeyRing fromEnvironment(String variable) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new SecretException("Environment variable " + variable + " is not set or empty");
        }
        return KeyEntries.parse(Arrays.asList(value.split("[,\\s]+")), "environment variable " + variable);
    }

    private static KeyRing mergeAndWipe(KeyRing first, KeyRing second) {
        try (first; second) {
            return first.merge(second);
        }
    }
}
