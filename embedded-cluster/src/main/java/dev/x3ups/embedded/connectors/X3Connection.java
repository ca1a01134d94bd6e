package dev.x3ups.embedded.connectors;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where an X3 connector finds X3 ({@code url}, the endpoint of one {@code folder}) and how it logs in. */
public record X3Connection(String url, String folder, X3Login login) {

    Map<String, String> settings() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("x3.url", url);
        all.put("x3.endpoint", folder);
        all.putAll(login.settings());
        return all;
    }
}
