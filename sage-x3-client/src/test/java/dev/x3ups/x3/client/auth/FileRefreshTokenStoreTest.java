package dev.x3ups.x3.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.client.Secret;
import dev.x3ups.x3.client.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRefreshTokenStoreTest {
    @TempDir
    Path folder;

    @Test
    void emptyUntilSavedThenReadsBackTheNewest() throws Exception {
        FileRefreshTokenStore store = new FileRefreshTokenStore(folder.resolve("x3/refresh.json"), TestSupport.JSON);
        assertThat(store.load()).isEmpty();

        store.save(new StoredRefreshToken(Secret.of("rt-1"), Instant.parse("2025-02-14T10:00:00Z"), "pair-a"));
        store.save(new StoredRefreshToken(Secret.of("rt-2"), Instant.parse("2025-02-14T10:05:00Z"), "pair-a"));

        StoredRefreshToken loaded = new FileRefreshTokenStore(folder.resolve("x3/refresh.json"), TestSupport.JSON)
                .load().orElseThrow();
        assertThat(loaded.token().reveal()).isEqualTo("rt-2");
        assertThat(loaded.expiresAt()).isEqualTo("2025-02-14T10:05:00Z");
        assertThat(loaded.pairingId()).isEqualTo("pair-a");
        assertThat(store.isDurable()).isTrue();
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyAndNoTemporaryFileStays() throws Exception {
        Path file = folder.resolve("refresh.json");
        new FileRefreshTokenStore(file, TestSupport.JSON)
                .save(new StoredRefreshToken(Secret.of("rt"), Instant.parse("2025-02-14T10:00:00Z"), "p"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("refresh.json");
        }
    }

    @Test
    void anIncompleteFileIsAnErrorNotAnEmptyStore() throws Exception {
        Path file = folder.resolve("refresh.json");
        Files.writeString(file, "{\"pairingId\":\"p\"}");

        assertThatThrownBy(() -> new FileRefreshTokenStore(file, TestSupport.JSON).load())
                .isInstanceOf(IOException.class).hasMessageContaining("incomplete");
    }

    @Test
    void describesItselfByPath() {
        FileRefreshTokenStore store = new FileRefreshTokenStore(folder.resolve("r.json"), TestSupport.JSON);
        assertThat(store.describe()).endsWith("r.json");
        assertThat(new InMemoryRefreshTokenStore().isDurable()).isFalse();
    }
}
