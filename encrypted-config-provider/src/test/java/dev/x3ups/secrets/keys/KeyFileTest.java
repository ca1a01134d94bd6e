package dev.x3ups.secrets.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SecretException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static byte[] newKey() {
        return KeyEncoding.generate(new SecureRandom(), 32);
    }

    @Test
    void addingTheFirstKeyCreatesAnOwnerOnlyFileWithThatKeyCurrent() throws Exception {
        Path path = dir.resolve("conf/x3ups.keys");
        byte[] key = newKey();
        new KeyFile(path, warnings::add).addCurrentKey("k1", key);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        assertThat(Files.readString(path, StandardCharsets.UTF_8))
                .contains("k1=" + KeyEncoding.encode(key)).contains("current=k1");
        try (KeyRing ring = new KeyFile(path, warnings::add).read()) {
            assertThat(ring.keyIds()).containsExactly("k1");
            assertThat(ring.currentKeyId()).contains("k1");
        }
        assertThat(warnings).isEmpty();
        assertThat(dir.resolve("conf")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void addingAnotherKeyKeepsTheOldOneAndMovesTheCurrentMark() throws Exception {
        Path path = dir.resolve("x3ups.keys");
        KeyFile file = new KeyFile(path, warnings::add);
        file.addCurrentKey("k2026a", newKey());
        file.addCurrentKey("k2026b", newKey());

        try (KeyRing ring = file.read()) {
            assertThat(ring.keyIds()).containsExactly("k2026a", "k2026b");
            assertThat(ring.currentKeyId()).contains("k2026b");
        }
        assertThat(Files.readAllLines(path)).filteredOn(l -> l.startsWith("current=")).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void anExistingKeyIdIsNeverOverwritten() {
        KeyFile file = new KeyFile(dir.resolve("x3ups.keys"), warnings::add);
        file.addCurrentKey("k1", newKey());
        assertThatThrownBy(() -> file.addCurrentKey("k1", newKey()))
                .isInstanceOf(SecretException.class).hasMessageContaining("already holds a key with id 'k1'");
    }

    @Test
    void readingAFileOthersCanReadWarns() throws Exception {
        Path path = dir.resolve("x3ups.keys");
        new KeyFile(path, warnings::add).addCurrentKey("k1", newKey());
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));

        new KeyFile(path, warnings::add).read().close();

        assertThat(warnings).singleElement().asString().contains("chmod 600").contains(path.toString());
    }

    @Test
    void missingFileIsNamed() {
        Path path = dir.resolve("absent.keys");
        assertThatThrownBy(() -> new KeyFile(path, warnings::add).read())
                .isInstanceOf(SecretException.class).hasMessageContaining(path.toString());
    }
}
