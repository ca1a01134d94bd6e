package dev.x3ups.x3.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimRequestTest {

    @Test
    void decodesQueryParametersLeniently() {
        SimRequest r = new SimRequest("GET", "/x", "representation=SORDER.$query&where=SOHNUM%20eq%20%27A%27&count=5"
                + "&orderBy=UPDDATTIM+asc&like=BPCNAM%20like%20'%25x%'", Map.of("Host", List.of("h:1")), null);
        assertThat(r.query("representation")).isEqualTo("SORDER.$query");
        assertThat(r.query("where")).isEqualTo("SOHNUM eq 'A'");
        assertThat(r.query("orderBy")).isEqualTo("UPDDATTIM asc");
        assertThat(r.query("like")).isEqualTo("BPCNAM like '%x%'");
        assertThat(r.header("host")).isEqualTo("h:1");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void parsesFormBodies() {
        assertThat(SimRequest.parseForm("grant_type=refresh_token&refresh_token=a%2Bb")).containsEntry("grant_type",
                "refresh_token").containsEntry("refresh_token", "a+b");
        assertThat(SimRequest.parseForm("")).isEmpty();
    }
}
