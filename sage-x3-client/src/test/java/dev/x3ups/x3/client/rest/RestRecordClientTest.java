package dev.x3ups.x3.client.rest;

import static dev.x3ups.x3.client.TestSupport.json;
import static dev.x3ups.x3.client.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.client.CreatedRecord;
import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.http.RequestAuthenticator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class RestRecordClientTest {
    private static final X3Representation TRACKING = X3Representation.of("YSHIPTRK", "YSHIPTRK");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private RestRecordClient client() {
        return new RestRecordClient(TestSupport.http(RequestAuthenticator.NONE), new Api1Urls(server.url("/"), "SEED"));
    }

    @Test
    void readsByKeyAndTreatsNotFoundAsAbsent() throws Exception {
        server.enqueue(json(200, "{\"YORDNUM\":\"SO000001\",\"YSTACOD\":\"I\"}"));
        server.enqueue(json(404, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"721 : Record does not exist\"}]}"));

        assertThat(client().read(TRACKING, "SO000001")).hasValueSatisfying(
                r -> assertThat(r.path("YSTACOD").asText()).isEqualTo("I"));
        assertThat(client().read(TRACKING, "SO999999")).isEmpty();

        RecordedRequest read = server.takeRequest();
        assertThat(read.getUrl().encodedPath()).isEqualTo("/api1/x3/erp/SEED/YSHIPTRK('SO000001')");
        assertThat(read.getUrl().queryParameter("representation")).isEqualTo("YSHIPTRK.$details");
    }

    @Test
    void createsWithPostAndReturnsLocationAndRecord() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201)
                .addHeader("Location", "http://x3/api1/x3/erp/SEED/YSHIPTRK('SO000001')?representation=YSHIPTRK.$details")
                .body("{\"YORDNUM\":\"SO000001\",\"UPDDATTIM\":\"2025-01-15T10:00:00Z\"}").build());

        CreatedRecord created = client().create(TRACKING, tree("{\"YORDNUM\":\"SO000001\",\"YORDTYP\":\"SALES\"}"));

        assertThat(created.location()).endsWith("YSHIPTRK('SO000001')?representation=YSHIPTRK.$details");
        assertThat(created.record().path("UPDDATTIM").asText()).isEqualTo("2025-01-15T10:00:00Z");
        RecordedRequest post = server.takeRequest();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getUrl().queryParameter("representation")).isEqualTo("YSHIPTRK.$create");
        assertThat(tree(post.getBody().utf8()).path("YORDTYP").asText()).isEqualTo("SALES");
        assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void editsWithAPartialPut() throws Exception {
        server.enqueue(json(200, "{\"YORDNUM\":\"SO000001\",\"YSTACOD\":\"D\",\"YCARRIER\":\"UPS\"}"));

        assertThat(client().edit(TRACKING, "SO000001", tree("{\"YSTACOD\":\"D\"}")).path("YCARRIER").asText())
                .isEqualTo("UPS");
        RecordedRequest put = server.takeRequest();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getUrl().queryParameter("representation")).isEqualTo("YSHIPTRK.$edit");
        assertThat(put.getBody().utf8()).isEqualTo("{\"YSTACOD\":\"D\"}");
    }

    @Test
    void editOfAnUnknownKeyAndRejectedValuesAreRejections() {
        server.enqueue(json(404, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"721 : Record does not exist\"}]}"));
        server.enqueue(json(400, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"YEXCFLG: value 3 not in local menu\",\"$payloadPath\":\"YEXCFLG\"}]}"));

        assertThatThrownBy(() -> client().edit(TRACKING, "SO404", tree("{\"YSTACOD\":\"D\"}")))
                .isInstanceOf(X3RejectedException.class)
                .hasMessageContaining("PUT /api1/x3/erp/SEED/YSHIPTRK('SO404')").hasMessageContaining("721");
        assertThatThrownBy(() -> client().create(TRACKING, tree("{\"YEXCFLG\":3}")))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("not in local menu");
    }

    @Test
    void diagnosesInA200CreateAreRejections() {
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Record already exists\"}]}"));

        assertThatThrownBy(() -> client().create(TRACKING, tree("{\"YORDNUM\":\"SO1\"}")))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("Record already exists");
    }

    @Test
    void accessCheckIsAOneRowQueryOfTheClass() throws Exception {
        server.enqueue(json(200, "{\"$resources\":[]}"));

        client().checkAccess(TRACKING);

        RecordedRequest query = server.takeRequest();
        assertThat(query.getMethod()).isEqualTo("GET");
        assertThat(query.getUrl().encodedPath()).isEqualTo("/api1/x3/erp/SEED/YSHIPTRK");
        assertThat(query.getUrl().queryParameter("representation")).isEqualTo("YSHIPTRK.$query");
        assertThat(query.getUrl().queryParameter("count")).isEqualTo("1");
    }

    @Test
    void accessCheckOfAnUnknownRepresentationIsARejection() {
        server.enqueue(json(404, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$sdataCode\":\"InvalidRepresentation\",\"$message\":\"Representation YNOPE not found\"}]}"));

        assertThatThrownBy(() -> client().checkAccess(X3Representation.of("YSHIPTRK", "YNOPE")))
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("YNOPE");
    }

    @Test
    void keysWithQuotesAreEscaped() throws Exception {
        server.enqueue(json(404, "{}"));

        client().read(TRACKING, "O'1");

        assertThat(server.takeRequest().getUrl().pathSegments()).last().isEqualTo("YSHIPTRK('O''1')");
    }
}
