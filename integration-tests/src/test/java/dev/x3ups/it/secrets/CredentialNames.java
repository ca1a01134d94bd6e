package dev.x3ups.it.secrets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which config names look like they hold a credential, and the names that look like one but do not,
 * each with the reason. A name looks like a credential when one of its words (split at {@code .}, {@code _},
 * {@code -}) is a credential word, or it ends in {@code key} (an API, private or signing key) — but not when
 * {@code key} is followed by a word saying what kind of key-related thing it is (a field, an id, a file…).
 */
final class CredentialNames {

    private static final Set<String> CREDENTIAL_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "secret",
            "token", "credential", "credentials", "apikey", "pin");

    /**
     * Names that contain a credential word but hold something else. Keep each reason honest: it is
     * the one place a reviewer sees why a credential-looking setting may be a plain string.
     */
    static final Map<String, String> NOT_CREDENTIALS = Map.of(
            "x3.refresh.token.file", "path of the file the rotated refresh token is kept in, not the token",
            "x3.refresh.token.bootstrap.servers", "Kafka servers of the topic the refresh token is kept in",
            "x3.refresh.token.topic", "name of the topic the sealed refresh token is kept in",
            "x3.refresh.token.key.file", "path of the config provider's key file, not a key",
            "x3.refresh.token.key.env", "name of the environment variable holding the provider's keys, not a key",
            "x3.token.url", "address of the OAuth2 token endpoint",
            "listener.token.path", "HTTP path our webhook token endpoint is served at",
            "webhook.token.lifetime.seconds", "how long the webhook tokens we issue live",
            "ups.token.daily.budget", "how many UPS token requests a day are allowed");

    private CredentialNames() {
    }

    static boolean looksLikeCredential(String name) {
        List<String> words = Arrays.asList(name.toLowerCase(Locale.ROOT).split("[._\\-]"));
        if (words.stream().anyMatch(CREDENTIAL_WORDS::contains)) {
            return true;
        }
        String last = words.get(words.size() - 1);
        return last.equals("key") || last.endsWith("apikey") || name.toLowerCase(Locale.ROOT).endsWith("privatekey");
    }

    /** A credential-looking name that is not allow-listed. */
    static boolean mustBePassword(String name) {
        return looksLikeCredential(name) && !NOT_CREDENTIALS.containsKey(name);
    }
}
