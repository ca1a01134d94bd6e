package dev.x3ups.it.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Searches the places a secret could end up (topic bytes, REST bodies, the log) for every value of a
 * {@link SecretCatalog}. Reports where each one was found with a little surrounding text in which the
 * secret itself is masked.
 */
final class LeakScanner {

    private static final int CONTEXT = 40;
    private static final String MASK = "<secret>";

    private final SecretCatalog catalog;

    LeakScanner(SecretCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every occurrence of every catalogued value in {@code content}. */
    List<Leak> scan(String surface, String content) {
        List<Leak> leaks = new ArrayList<>();
        if (content == null || content.isEmpty()) {
            return leaks;
        }
        Map<String, String> secrets = catalog.labelsByValue();
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            int at = content.indexOf(secret.getKey());
            while (at >= 0) {
                leaks.add(new Leak(secret.getValue(), surface, at, context(content, at, secrets)));
                at = content.indexOf(secret.getKey(), at + 1);
            }
        }
        return leaks;
    }

    /** Bytes as UTF-8 (ISO-8859-1 would do as well: the catalogued values are ASCII). */
    List<Leak> scan(String surface, byte[] content) {
        return content == null ? List.of() : scan(surface, new String(content, StandardCharsets.UTF_8));
    }

    /** Every surface of a map of surface name to content. */
    List<Leak> scanAll(Map<String, String> surfaces) {
        List<Leak> leaks = new ArrayList<>();
        surfaces.forEach((surface, content) -> leaks.addAll(scan(surface, content)));
        return leaks;
    }

    private static String context(String content, int at, Map<String, String> secrets) {
        String around = content.substring(Math.max(0, at - CONTEXT), Math.min(content.length(), at + CONTEXT * 3));
        for (String value : secrets.keySet()) {
            around = around.replace(value, MASK);
        }
        // a secret cut in half at the window's edge must not show either
        for (String value : secrets.keySet()) {
            for (int keep = value.length() - 1; keep >= 4; keep--) {
                if (around.startsWith(value.substring(value.length() - keep))) {
                    around = MASK + around.substring(keep);
                    break;
                }
            }
            for (int keep = value.length() - 1; keep >= 4; keep--) {
                if (around.endsWith(value.substring(0, keep))) {
                    around = around.substring(0, around.length() - keep) + MASK;
                    break;
                }
            }
        }
        return around.replaceAll("\\s+", " ");
    }
}
