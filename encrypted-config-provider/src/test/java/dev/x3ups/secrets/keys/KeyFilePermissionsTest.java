package dev.x3ups.secrets.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void ownerOnlyFileHasNoWarning() throws Exception {
        Path file = Files.createFile(dir.resolve("keys"), PosixFilePermissions.asFileAttribute(KeyFilePermissions.OWNER_ONLY));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(KeyFilePermissions.check(file)).isEmpty();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertThat(KeyFilePermissions.check(file)).isEmpty();
    }

    @Test
    void groupOrWorldAccessIsWarnedAbout() throws Exception {
        Path file = Files.createFile(dir.resolve("keys"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(KeyFilePermissions.check(file)).hasValueSatisfying(warning -> assertThat(warning)
                .contains(file.toString()).contains("rw-r--r--").contains("chmod 600"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        assertThat(KeyFilePermissions.check(file)).isPresent();
    }
}
