package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HygieneSecretsTest {

    private final SecretCatalog catalog = new SecretCatalog();
    private final HygieneSecrets secrets = new HygieneSecrets(p -> "${encrypted:k:v1.for-" + p.length() + "}", catalog);

    @Test
    void replacesOnlyKnownSecretValuesByTheirReferences() {
        secrets.add("x3 password", "Plain-secret-1234");

        Map<String, String> encrypted = secrets.encrypted(Map.of("x3.password", "Plain-secret-1234", "x3.username", "u1"));

        assertThat(encrypted).containsEntry("x3.password", "${encrypted:k:v1.for-17}").containsEntry("x3.username", "u1");
        assertThat(secrets.reference("Plain-secret-1234")).isEqualTo("${encrypted:k:v1.for-17}");
    }

    @Test
    void wrongTwinsAreCataloguedAndShareNoSubstringWithTheSecret() {
        secrets.add("x3 password", "Plain-secret-1234");

        String wrong = secrets.wrong(Map.of("x3.password", "Plain-secret-1234")).get("x3.password");

        assertThat(wrong).isNotEqualTo("Plain-secret-1234").doesNotContain("Plain-secret-1234");
        assertThat("Plain-secret-1234").doesNotContain(wrong);
        assertThat(catalog.labelsByValue()).containsEntry("Plain-secret-1234", "x3 password")
                .containsEntry(wrong, "wrong x3 password");
    }

    @Test
    void anUnknownValueHasNoReferenceAndTheErrorDoesNotShowIt() {
        assertThatThrownBy(() -> secrets.reference("Never-added-5678")).hasMessageNotContaining("Never-added-5678");
        assertThat(secrets.toString()).contains("0 encrypted");
    }
}
