package dev.x3ups.it.secrets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The distinctive plaintext secrets of the hygiene run, one marker each, and their {@code ${encrypted:…}}
 * references made with the provider's own command-line tool.
 */
final class HygieneSecrets {

    static final String X3_PASSWORD = "X3-pass-9f2c1e-hygiene";
    static final String X3_APP_SECRET = "X3-jwt-app-secret-7d41b0c2e5f8a9b3c6d1e4f7a0b3c6d9";
    static final String X3_OAUTH_SECRET = "X3-oauth-client-secret-3a9e5c71";
    static final String UPS_CLIENT_SECRET = "UPS-client-secret-b62f0d18";
    static final String WEBHOOK_CLIENT_SECRET = "Hook-v2-client-secret-e4a7c903";
    static final String WEBHOOK_CREDENTIAL = "Hook-v1-credential-5c0b2f6e";
    static final String KEYSTORE_PASSWORD = "Keystore-pass-81d3a6f4";

    private final Map<String, String> references = new LinkedHashMap<>();
    private final Map<String, String> wrongValues = new LinkedHashMap<>();

    private final UnaryOperator<String> encryptor;
    private final SecretCatalog catalog;

    HygieneSecrets(UnaryOperator<String> encryptor, SecretCatalog catalog) {
        this.encryptor = encryptor;
        this.catalog = catalog;
    }

    /** Encrypts every secret with the tool and puts the plaintexts into {@code catalog}. */
    static HygieneSecrets encrypt(SecretsToolCli cli, SecretCatalog catalog) {
        HygieneSecrets secrets = new HygieneSecrets(cli::encrypt, catalog);
        Map<String, String> labelled = new LinkedHashMap<>();
        labelled.put("x3 basic password", X3_PASSWORD);
        labelled.put("x3 connected-app secret", X3_APP_SECRET);
        labelled.put("x3 oauth client secret", X3_OAUTH_SECRET);
        labelled.put("ups client secret", UPS_CLIENT_SECRET);
        labelled.put("webhook v2 client secret", WEBHOOK_CLIENT_SECRET);
        labelled.put("webhook v1 credential", WEBHOOK_CREDENTIAL);
        labelled.put("listener keystore password", KEYSTORE_PASSWORD);
        labelled.forEach(secrets::add);
        return secrets;
    }

    /** One more secret, e.g. a refresh token obtained during the run: catalogued, encrypted, given a wrong twin. */
    void add(String label, String plaintext) {
        catalog.add(label, plaintext);
        references.put(plaintext, encryptor.apply(plaintext));
        // reversed, so the wrong value neither contains nor is contained in the right one
        String wrong = "Wrong-" + new StringBuilder(plaintext).reverse();
        catalog.add("wrong " + label, wrong);
        wrongValues.put(plaintext, wrong);
    }

    /** The reference standing for {@code plaintext} in connector JSON. */
    String reference(String plaintext) {
        String reference = references.get(plaintext);
        if (reference == null) {
            throw new IllegalArgumentException("not a hygiene secret");
        }
        return reference;
    }

    /** {@code config} with every hygiene secret among its values replaced by its reference. */
    Map<String, String> encrypted(Map<String, String> config) {
        Map<String, String> encrypted = new LinkedHashMap<>(config);
        encrypted.replaceAll((key, value) -> references.getOrDefault(value, value));
        return encrypted;
    }

    /** {@code config} with every hygiene secret replaced by a wrong one, for the error paths of validate. */
    Map<String, String> wrong(Map<String, String> config) {
        Map<String, String> wrong = new LinkedHashMap<>(config);
        wrong.replaceAll((key, value) -> wrongValues.getOrDefault(value, value));
        return wrong;
    }

    @Override
    public String toString() {
        return "HygieneSecrets[" + references.size() + " encrypted]";
    }
}
