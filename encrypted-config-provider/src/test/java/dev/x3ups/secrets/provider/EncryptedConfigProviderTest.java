package dev.x3ups.secrets.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.secrets.crypto.KeyRing;
import dev.x3ups.secrets.crypto.SealedSecret;
import dev.x3ups.secrets.crypto.SecretCipher;
import dev.x3ups.secrets.keys.KeyEncoding;
import dev.x3ups.secrets.keys.KeyFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigData;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedConfigProviderTest {
    private static final String PASSWORD = "Sage-X3-s3cret!";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private Path keyFile;
    private byte[] key;
    private EncryptedConfigProvider provider;

    @BeforeEach
    void createKeyFile() {
        keyFile = dir.resolve("x3ups.keys");
        key = KeyEncoding.generate(new SecureRandom(), KeyRing.KEY_BYTES);
        new KeyFile(keyFile, warnings::add).addCurrentKey("k2026a", key);
        provider = new EncryptedConfigProvider(Map.<String, String>of()::get, warnings::add);
    }

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    private SealedSecret seal(String plaintext) {
        try (KeyRing ring = new KeyFile(keyFile, warnings::add).read()) {
            return new SecretCipher(ring).seal(plaintext.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void resolvesTokensUnderTheirKeyId() {
        provider.configure(Map.of("key.file", keyFile.toString()));
        SealedSecret password = seal(PASSWORD);
        SealedSecret clientSecret = seal("ups-client-secret");

        ConfigData data = provider.get("k2026a", Set.of(password.token(), clientSecret.token()));

        assertThat(data.data()).containsOnly(
                Map.entry(password.token(), PASSWORD), Map.entry(clientSecret.token(), "ups-client-secret"));
        assertThat(data.ttl()).isNull();
    }

    @Test
    void getWithoutKeysHasNothingToList() {
        provider.configure(Map.of("key.file", keyFile.toString()));
        assertThat(provider.get("k2026a").data()).isEmpty();
        assertThat(provider.get("k2026a", Set.of()).data()).isEmpty();
    }

    @Test
    void keysFromAnEnvironmentVariable() {
        byte[] envKey = KeyEncoding.generate(new SecureRandom(), KeyRing.KEY_BYTES);
        EncryptedConfigProvider fromEnv = new EncryptedConfigProvider(
                Map.of("X3UPS_KEYS", "kenv=" + KeyEncoding.encode(envKey))::get, warnings::add);
        fromEnv.configure(Map.of("key.env", "X3UPS_KEYS"));
        SealedSecret sealed = new SecretCipher(new KeyRing(Map.of("kenv", envKey), "kenv"))
                .seal(PASSWORD.getBytes(StandardCharsets.UTF_8));

        assertThat(fromEnv.get("kenv", Set.of(sealed.token())).data()).containsEntry(sealed.token(), PASSWORD);
        fromEnv.close();
    }

    @Test
    void unknownKeyIdIsAConfigErrorNamingItAndNothingSecret() {
        provider.configure(Map.of("key.file", keyFile.toString()));
        String token = seal(PASSWORD).token();

        assertThatThrownBy(() -> provider.get("k1999z", Set.of(token)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'k1999z'")
                .hasMessageContaining("k2026a")
                .hasNoCause()
                .message()
                .doesNotContain(PASSWORD)
                .doesNotContain(token)
                .doesNotContain(KeyEncoding.encode(key));
    }

    @Test
    void tamperedTokenIsAnAuthenticationFailure() {
        provider.configure(Map.of("key.file", keyFile.toString()));
        String token = seal(PASSWORD).token();
        char last = token.charAt(token.length() - 5);
        String tampered = token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 4);

        assertThatThrownBy(() -> provider.get("k2026a", Set.of(tampered)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("failed authentication with key 'k2026a'")
                .message().doesNotContain(PASSWORD);
    }

    @Test
    void malformedTokenSaysWhichPart() {
        provider.configure(Map.of("key.file", keyFile.toString()));
        assertThatThrownBy(() -> provider.get("k2026a", Set.of("v1.@@@.AAAA")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("initialization vector");
        assertThatThrownBy(() -> provider.get("k2026a", Set.of(PASSWORD)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("Malformed")
                .message().doesNotContain(PASSWORD);
        assertThatThrownBy(() -> provider.get(null, Set.of(seal(PASSWORD).token())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("key id is missing");
    }

    @Test
    void rotationKeepsOldReferencesWorking() {
        SealedSecret old = seal(PASSWORD);
        new KeyFile(keyFile, warnings::add).addCurrentKey("k2026b", KeyEncoding.generate(new SecureRandom(), 32));
        SealedSecret fresh = seal("rotated-secret");
        assertThat(fresh.keyId()).isEqualTo("k2026b");

        provider.configure(Map.of("key.file", keyFile.toString()));
        assertThat(provider.get("k2026a", Set.of(old.token())).data()).containsEntry(old.token(), PASSWORD);
        assertThat(provider.get("k2026b", Set.of(fresh.token())).data()).containsEntry(fresh.token(), "rotated-secret");
    }

    @Test
    void keyFileReadableByOthersIsWarnedAboutButStillUsed() throws Exception {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r-----"));
        warnings.clear();
        provider.configure(Map.of("key.file", keyFile.toString()));
        assertThat(warnings).singleElement().asString().contains("chmod 600");
        SealedSecret sealed = seal(PASSWORD);
        assertThat(provider.get("k2026a", Set.of(sealed.token())).data()).containsEntry(sealed.token(), PASSWORD);
    }

    @Test
    void configurationWithoutKeySourceFails() {
        assertThatThrownBy(() -> provider.configure(Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("No key source");
    }

    @Test
    void brokenKeyFileFailsConfigurationWithoutQuotingIt() throws Exception {
        String leakedKey = KeyEncoding.encode(new byte[16]);
        Files.writeString(keyFile, "k1=" + leakedKey + "\n");
        assertThatThrownBy(() -> provider.configure(Map.of("key.file", keyFile.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'k1'")
                .message().doesNotContain(leakedKey);
    }

    @Test
    void closedProviderRefusesToResolve() {
        provider.configure(Map.of("key.file", keyFile.toString()));
        String token = seal(PASSWORD).token();
        provider.close();
        assertThatThrownBy(() -> provider.get("k2026a", Set.of(token)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("closed");
    }

    @Test
    void toStringShowsKeyIdsOnly() {
        provider.configure(Map.of("key.file", keyFile.toString()));
        assertThat(provider.toString()).contains("k2026a").doesNotContain(KeyEncoding.encode(key));
    }
}
