package dev.x3ups.secrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.secrets.keys.KeyFile;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.x3ups.secrets.crypto.KeyRing;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SecretsToolTest {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+):([A-Za-z0-9_-]+):(v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)}");
    private static final String SECRET = "ups-client-secret-äöü";

    @TempDir
    Path dir;

    private final Map<String, String> environment = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        SecretInput input = new StreamSecretInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = SecretsTool.commandLine(input, environment::get, new SecureRandom(), warnings::add);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String resolve(String reference, Map<String, String> providerParams, Map<String, String> env) throws Exception {
        try (ConfigProvider provider = dev.x3ups.secrets.provider.ProviderAccess.create(env)) {
            provider.configure(providerParams);
            return new ConfigTransformer(Map.of("encrypted", provider)).transform(Map.of("secret", reference)).data().get("secret");
        }
    }

    @Test
    void keygenThenEncryptFromStdinGivesAReferenceTheProviderResolves() throws Exception {
        Path keyFile = dir.resolve("x3ups.keys");
        assertThat(run("", "keygen", "--key-id", "k2026a", "--key-file", keyFile.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        assertThat(run(SECRET + "\n", "encrypt", "--key-file", keyFile.toString())).isZero();

        String reference = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        Matcher matcher = REFERENCE.matcher(reference);
        assertThat(matcher.matches()).as(reference).isTrue();
        assertThat(matcher.group(1)).isEqualTo("encrypted");
        assertThat(matcher.group(2)).isEqualTo("k2026a");
        assertThat(out.toString() + err).doesNotContain(SECRET);
        assertThat(resolve(reference, Map.of("key.file", keyFile.toString()), Map.of())).isEqualTo(SECRET);
    }

    @Test
    void keygenWithoutFilePrintsAnEnvEntryThatEncryptAndTheProviderAccept() throws Exception {
        assertThat(run("", "keygen", "--key-id", "kenv1")).isZero();
        String entry = out.toString().strip();
        assertThat(entry).matches("kenv1=[A-Za-z0-9_-]{43}");
        assertThat(err.toString()).contains("current=kenv1");
        environment.put("X3UPS_KEYS", entry);
        out.getBuffer().setLength(0);

        assertThat(run(SECRET, "encrypt", "--key-env", "X3UPS_KEYS", "--provider-name", "vault2")).isZero();

        String reference = out.toString().strip();
        assertThat(reference).startsWith("${vault2:kenv1:v1.");
        String asEncrypted = reference.replace("${vault2:", "${encrypted:");
        assertThat(resolve(asEncrypted, Map.of("key.env", "X3UPS_KEYS"), environment)).isEqualTo(SECRET);
    }

    @Test
    void encryptUsesTheCurrentKeyAfterRotationOrAnExplicitOne() {
        Path keyFile = dir.resolve("x3ups.keys");
        run("", "keygen", "--key-id", "k2026a", "--key-file", keyFile.toString());
        run("", "keygen", "--key-id", "k2026b", "--key-file", keyFile.toString());
        out.getBuffer().setLength(0);

        assertThat(run(SECRET, "encrypt", "--key-file", keyFile.toString())).isZero();
        assertThat(run(SECRET, "encrypt", "--key-file", keyFile.toString(), "--key-id", "k2026a")).isZero();

        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString().lines().toList().get(0)).startsWith("${encrypted:k2026b:");
        assertThat(out.toString().lines().toList().get(1)).startsWith("${encrypted:k2026a:");
        try (KeyRing ring = new KeyFile(keyFile, warnings::add).read()) {
            assertThat(ring.keyIds()).containsExactly("k2026a", "k2026b");
        }
    }

    @Test
    void emptyStdinIsRefused() {
        Path keyFile = dir.resolve("x3ups.keys");
        run("", "keygen", "--key-id", "k1", "--key-file", keyFile.toString());
        out.getBuffer().setLength(0);

        assertThat(run("\n", "encrypt", "--key-file", keyFile.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("empty");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownKeyIdIsReportedWithoutStackTraceOrSecret() {
        Path keyFile = dir.resolve("x3ups.keys");
        run("", "keygen", "--key-id", "k1", "--key-file", keyFile.toString());

        assertThat(run(SECRET, "encrypt", "--key-file", keyFile.toString(), "--key-id", "k9")).isEqualTo(1);
        assertThat(err.toString()).contains("error: No key with id 'k9'").doesNotContain("at dev.x3ups").doesNotContain(SECRET);
    }

    @Test
    void theSecretCannotBeGivenOnTheCommandLineAndThereIsNoDecrypt() {
        Path keyFile = dir.resolve("x3ups.keys");
        run("", "keygen", "--key-id", "k1", "--key-file", keyFile.toString());

        assertThat(run("", "encrypt", "--key-file", keyFile.toString(), SECRET)).isEqualTo(2);
        assertThat(run("", "decrypt", "--key-file", keyFile.toString())).isEqualTo(2);
        assertThat(new CommandLine(new SecretsTool()).getSubcommands()).isEmpty();
        assertThat(SecretsTool.commandLine(null, environment::get, new SecureRandom(), warnings::add).getSubcommands().keySet())
                .isEqualTo(Set.of("keygen", "encrypt"));
    }

    @Test
    void keygenRefusesAnInvalidOrExistingKeyId() {
        Path keyFile = dir.resolve("x3ups.keys");
        assertThat(run("", "keygen", "--key-id", "bad:id", "--key-file", keyFile.toString())).isEqualTo(1);
        assertThat(run("", "keygen", "--key-id", "k1", "--key-file", keyFile.toString())).isZero();
        assertThat(run("", "keygen", "--key-id", "k1", "--key-file", keyFile.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already holds a key with id 'k1'");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(run("")).isEqualTo(2);
        assertThat(err.toString()).contains("keygen or encrypt");
    }
}
