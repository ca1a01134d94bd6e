package dev.x3ups.x3.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.client.AtomicFiles;
import dev.x3ups.client.Secret;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the refresh token in a JSON file readable by its owner only. Writes go to a temporary file in
 * the same folder that is then moved over the old one, so a crash never leaves half a token.
 */
public final class FileRefreshTokenStore implements RefreshTokenStore {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final ObjectMapper json;

    public FileRefreshTokenStore(Path file, ObjectMapper json) {
        this.file = file.toAbsolutePath();
        this.json = json;
    }

    @Override
    public synchronized Optional<StoredRefreshToken> load() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode node = json.readTree(file.toFile());
        if (!node.hasNonNull("refreshToken") || !node.hasNonNull("expiresAt")) {
            throw new IOException("refresh token file " + file + " is incomplete");
        }
        return Optional.of(new StoredRefreshToken(
                Secret.of(node.get("refreshToken").asText()),
                Instant.parse(node.get("expiresAt").asText()),
                node.path("pairingId").asText("")));
    }

    @Override
    public synchronized void save(StoredRefreshToken token) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        ObjectNode node = json.createObjectNode()
                .put("refreshToken", token.token().reveal())
                .put("expiresAt", token.expiresAt().toString())
                .put("pairingId", token.pairingId());
        Path temp = posix()
                ? Files.createTempFile(folder, ".refresh-token", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, ".refresh-token", ".tmp");
        AtomicFiles.replace(temp, file, json.writeValueAsBytes(node));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public boolean isDurable() {
        return true;
    }

    @Override
    public String describe() {
        return file.toString();
    }
}
