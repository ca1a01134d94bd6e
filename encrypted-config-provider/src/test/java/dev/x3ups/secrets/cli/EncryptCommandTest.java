package dev.x3ups.secrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptCommandTest {
    private static final Pattern REFERENCE =
            Pattern.compile("\\$\\{(\\w+):([A-Za-z0-9_-]+):(v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)}");
    private static final String SECRET = "ups-client-secret-äöü";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private Path keyFile;

    @BeforeEach
    void createKey() {
        keyFile = dir.resolve("x3ups.keys");
        cli.run("", "keygen", "--key-id", "k2026a", "--key-file", keyFile.toString());
        cli.clearOutput();
    }

    @Test
    void encryptsStdinToAReferenceTheProviderResolves() throws Exception {
        assertThat(cli.run(SECRET + "\n", "encrypt", "--key-file", keyFile.toString())).isZero();

        String reference = cli.out.toString().strip();
        Matcher matcher = REFERENCE.matcher(reference);
        assertThat(matcher.matches()).as(reference).isTrue();
        assertThat(matcher.group(1)).isEqualTo("encrypted");
        assertThat(matcher.group(2)).isEqualTo("k2026a");
        assertThat(cli.out.toString() + cli.err).doesNotContain(SECRET);
        assertThat(CliRun.resolve(reference, Map.of("key.file", keyFile.toString()), Map.of())).isEqualTo(SECRET);
    }

    @Test
    void readsKeysFromAnEnvVariableAndUsesTheGivenProviderName() throws Exception {
        cli.run("", "keygen", "--key-id", "kenv1");
        cli.environment.put("X3UPS_KEYS", cli.out.toString().strip());
        cli.clearOutput();

        assertThat(cli.run(SECRET, "encrypt", "--key-env", "X3UPS_KEYS", "--provider-name", "vault2")).isZero();

        String reference = cli.out.toString().strip();
        assertThat(reference).startsWith("${vault2:kenv1:v1.");
        assertThat(CliRun.resolve(reference.replace("${vault2:", "${encrypted:"), Map.of("key.env", "X3UPS_KEYS"),
                cli.environment)).isEqualTo(SECRET);
    }

    @Test
    void usesTheCurrentKeyAfterRotationOrAnExplicitOne() {
        cli.run("", "keygen", "--key-id", "k2026b", "--key-file", keyFile.toString());
        cli.clearOutput();

        assertThat(cli.run(SECRET, "encrypt", "--key-file", keyFile.toString())).isZero();
        assertThat(cli.run(SECRET, "encrypt", "--key-file", keyFile.toString(), "--key-id", "k2026a")).isZero();

        assertThat(cli.outLines()).hasSize(2);
        assertThat(cli.outLines().get(0)).startsWith("${encrypted:k2026b:");
        assertThat(cli.outLines().get(1)).startsWith("${encrypted:k2026a:");
    }

    @Test
    void emptyStdinIsRefused() {
        assertThat(cli.run("\n", "encrypt", "--key-file", keyFile.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("empty");
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void unknownKeyIdIsReportedWithoutStackTraceOrSecret() {
        assertThat(cli.run(SECRET, "encrypt", "--key-file", keyFile.toString(), "--key-id", "k9")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("error: No key with id 'k9'")
                .doesNotContain("at dev.x3ups").doesNotContain(SECRET);
    }

    @Test
    void theSecretCannotBeGivenOnTheCommandLine() {
        assertThat(cli.run("", "encrypt", "--key-file", keyFile.toString(), SECRET)).isEqualTo(2);
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void aKeySourceIsRequired() {
        assertThat(cli.run(SECRET, "encrypt")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("No key source");
    }
}
