package dev.x3ups.secrets.keys;

import dev.x3ups.secrets.crypto.KeyIds;
import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SecretException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A key file: {@code <keyId>=<base64url key>} lines and one {@code current=<keyId>} line, readable by
 * its owner only.
 */
public final class KeyFile {
    private final Path path;
    private final Consumer<String> warnings;

    /** @param warnings receives a warning when the file is readable by group or others */
    public KeyFile(Path path, Consumer<String> warnings) {
        this.path = path;
        this.warnings = warnings;
    }

    public KeyRing read() {
        if (!Files.isRegularFile(path)) {
            throw new SecretException("Key file " + path + " does not exist or is not a regular file");
        }
        try {
            KeyFilePermissions.check(path).ifPresent(warnings);
            return KeyEntries.parse(Files.readAllLines(path, StandardCharsets.UTF_8), "key file " + path);
        } catch (IOException e) {
            throw new SecretException("Cannot read key file " + path + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * Adds a key and marks it current, creating the file owner-only if missing. The file is rewritten
     * through a temporary owner-only file and an atomic move, so a crash never leaves half a key file.
     */
    public void addCurrentKey(String keyId, byte[] key) {
        KeyIds.require(keyId);
        List<String> lines = new ArrayList<>();
        try {
            if (Files.exists(path)) {
                try (KeyRing existing = read()) {
                    if (existing.contains(keyId)) {
                        throw new SecretException("Key file " + path + " already holds a key with id '" + keyId + "'");
                    }
                }
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    if (!line.strip().startsWith(KeyIds.CURRENT + "=")) {
                        lines.add(line);
                    }
                }
            } else {
                lines.add("# x3ups encrypted config provider keys: <keyId>=<base64url AES-256 key>; keep owner-only");
            }
            lines.add(keyId + "=" + KeyEncoding.encode(key));
            lines.add(KeyIds.CURRENT + "=" + keyId);
            write(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write key file " + path, e);
        }
    }

    private void write(List<String> lines) throws IOException {
        Path directory = path.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, ".keys", ".tmp", KeyFilePermissions.ownerOnlyAttributes(directory));
        try {
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public Path path() {
        return path;
    }
}
