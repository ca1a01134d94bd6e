package dev.x3ups.secrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.keys.KeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeygenCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void createsAnOwnerOnlyKeyFileWithTheNewKeyCurrent() {
        Path keyFile = dir.resolve("x3ups.keys");
        assertThat(cli.run("", "keygen", "--key-id", "k2026a", "--key-file", keyFile.toString())).isZero();

        assertThat(cli.out.toString()).contains("Added key 'k2026a'");
        assertThat(cli.out.toString()).doesNotContain("k2026a=");
        try (KeyRing ring = new KeyFile(keyFile, cli.warnings::add).read()) {
            assertThat(ring.keyIds()).containsExactly("k2026a");
            assertThat(ring.currentKeyId()).contains("k2026a");
        }
        assertThat(cli.warnings).isEmpty();
    }

    @Test
    void rotationAppendsAndMovesTheCurrentMark() throws Exception {
        Path keyFile = dir.resolve("x3ups.keys");
        cli.run("", "keygen", "--key-id", "k2026a", "--key-file", keyFile.toString());
        assertThat(cli.run("", "keygen", "--key-id", "k2026b", "--key-file", keyFile.toString())).isZero();

        try (KeyRing ring = new KeyFile(keyFile, cli.warnings::add).read()) {
            assertThat(ring.keyIds()).containsExactly("k2026a", "k2026b");
            assertThat(ring.currentKeyId()).contains("k2026b");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void withoutAFileItPrintsAnEnvEntryAndHowToUseIt() {
        assertThat(cli.run("", "keygen", "--key-id", "kenv1")).isZero();
        assertThat(cli.out.toString().strip()).matches("kenv1=[A-Za-z0-9_-]{43}");
        assertThat(cli.err.toString()).contains("current=kenv1");
    }

    @Test
    void refusesAnInvalidOrExistingKeyId() {
        Path keyFile = dir.resolve("x3ups.keys");
        assertThat(cli.run("", "keygen", "--key-id", "bad:id", "--key-file", keyFile.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Invalid key id");
        assertThat(cli.run("", "keygen", "--key-id", "k1", "--key-file", keyFile.toString())).isZero();
        assertThat(cli.run("", "keygen", "--key-id", "k1", "--key-file", keyFile.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("already holds a key with id 'k1'");
    }

    @Test
    void keyIdIsRequired() {
        assertThat(cli.run("", "keygen")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--key-id");
    }
}
