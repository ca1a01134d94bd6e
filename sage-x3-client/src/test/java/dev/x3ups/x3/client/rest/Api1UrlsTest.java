package dev.x3ups.x3.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.x3.client.X3Representation;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class Api1UrlsTest {
    private final Api1Urls urls = new Api1Urls(HttpUrl.get("https://x3.example:8124/"), "SEED");
    private final X3Representation feed = X3Representation.of("SORDER", "YSOSHIP");

    @Test
    void queryDetailsEditAndCreateUrls() {
        assertThat(urls.query(feed).build().toString())
                .isEqualTo("https://x3.example:8124/api1/x3/erp/SEED/SORDER?representation=YSOSHIP.%24query");
        assertThat(urls.record(feed, "SO000001", "$details").toString())
                .isEqualTo("https://x3.example:8124/api1/x3/erp/SEED/SORDER('SO000001')?representation=YSOSHIP.%24details");
        assertThat(urls.record(feed, "SO1", "$edit").queryParameter("representation")).isEqualTo("YSOSHIP.$edit");
        assertThat(urls.create(X3Representation.of("YSHIPTRK", "YSHIPTRK")).toString())
                .isEqualTo("https://x3.example:8124/api1/x3/erp/SEED/YSHIPTRK?representation=YSHIPTRK.%24create");
    }
}
