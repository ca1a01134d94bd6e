package dev.x3ups.x3.client.http;

import static dev.x3ups.x3.client.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.x3.client.TestSupport;
import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RecordExistsException;
import dev.x3ups.x3.client.X3RejectedException;
import dev.x3ups.x3.client.X3TransientException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class X3HttpTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    /** Hands out token-1, token-2, ... and records which ones were refused. */
    static final class CountingBearer implements RequestAuthenticator {
        int issued = 1;
        final List<String> refused = new ArrayList<>();
        boolean renewable = true;

        @Override
        public Request authorize(Request request) {
            return request.newBuilder().header("Authorization", "Bearer token-" + issued).build();
        }

        @Override
        public boolean renewAfterRefusal(Request refusedRequest) {
            refused.add(refusedRequest.header("Authorization"));
            issued++;
            return renewable;
        }
    }

    private Request get(String path) {
        return new Request.Builder().url(server.url(path)).get().build();
    }

    @Test
    void renewsCredentialsOnceAndRetriesOnceOn401() throws Exception {
        CountingBearer bearer = new CountingBearer();
        server.enqueue(json(401, "{\"errors\":[{\"message\":\"token expired\"}]}"));
        server.enqueue(json(200, "{\"ok\":true}"));

        X3Response response = TestSupport.http(bearer).send(get("/api1/x3/erp/SEED/SORDER"));

        assertThat(response.requireSuccess().path("ok").asBoolean()).isTrue();
        assertThat(bearer.refused).containsExactly("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void aSecond401IsAnAuthenticationFailureWithoutAThirdTry() {
        CountingBearer bearer = new CountingBearer();
        server.enqueue(json(401, "{}"));
        server.enqueue(json(401, "{}"));

        assertThatThrownBy(() -> TestSupport.http(bearer).send(get("/xtrem/api")).requireSuccess())
                .isInstanceOf(X3AuthenticationException.class)
                .hasMessageContaining("GET /xtrem/api")
                .hasMessageNotContaining("token-");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void noRetryWhenTheCredentialsCannotBeRenewed() {
        CountingBearer bearer = new CountingBearer();
        bearer.renewable = false;
        server.enqueue(json(401, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Invalid login\"}]}"));

        assertThatThrownBy(() -> TestSupport.http(bearer).send(get("/api1/x3/erp/SEED/SORDER")).requireSuccess())
                .isInstanceOf(X3AuthenticationException.class)
                .hasMessageContaining("Invalid login");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void errorDiagnosesInA200AreARejectionWithX3sMessage() {
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Unknown property YFOO\"}]}"));

        assertThatThrownBy(() -> send("/api1/x3/erp/SEED/SORDER?where=YFOO%20eq%20'C1'").requireSuccess())
                .isInstanceOf(X3RejectedException.class)
                .hasMessage("X3 rejected GET /api1/x3/erp/SEED/SORDER (HTTP 200): Unknown property YFOO")
                .satisfies(e -> assertThat(((X3Exception) e).isRetriable()).isFalse());
    }

    @Test
    void aBusyPoolOrExhaustedLicenceInA200Or5xxIsTransient() {
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Web service pool is busy, retry later\"}]}"));
        server.enqueue(json(500, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$sdataCode\":\"BadRequest\",\"$message\":\"web service POOL IS BUSY\"}]}"));

        assertThatThrownBy(() -> send("/api1/x3/erp/SEED/SORDER").requireSuccess())
                .isInstanceOf(X3TransientException.class)
                .hasMessage("X3 is busy or unavailable for GET /api1/x3/erp/SEED/SORDER (HTTP 200): "
                        + "Web service pool is busy, retry later");
        assertThatThrownBy(() -> send("/x").requireSuccess()).isInstanceOf(X3TransientException.class);
    }

    @Test
    void aCreateForAKeyX3AlreadyHoldsIsItsOwnRejection() {
        server.enqueue(json(400, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$sdataCode\":\"RecordExists\","
                + "\"$message\":\"Record already exists: SO1\"}]}"));
        server.enqueue(json(400, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Record already exists\"}]}"));
        server.enqueue(json(409, "{}"));
        server.enqueue(json(400, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Invalid date\"}]}"));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> send("/x").requireSuccess()).isInstanceOf(X3RecordExistsException.class)
                    .satisfies(e -> assertThat(((X3Exception) e).isRetriable()).isFalse());
        }
        assertThatThrownBy(() -> send("/x").requireSuccess()).isInstanceOf(X3RejectedException.class)
                .isNotInstanceOf(X3RecordExistsException.class);
    }

    @Test
    void busyWordsInA4xxStayARejection() {
        server.enqueue(json(400, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Web service pool is busy\"}]}"));

        assertThatThrownBy(() -> send("/x").requireSuccess()).isInstanceOf(X3RejectedException.class);
    }

    @Test
    void theBusyPatternsAreConfigurable() {
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Web service pool is busy, retry later\"}]}"));
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Folder SEED locked by a batch\"}]}"));
        X3Http http = new X3Http(TestSupport.okHttp(), RequestAuthenticator.NONE, TestSupport.JSON,
                TransientMessages.of(java.util.List.of("folder \\w+ locked")));

        assertThatThrownBy(() -> http.send(get("/x")).requireSuccess()).isInstanceOf(X3RejectedException.class);
        assertThatThrownBy(() -> http.send(get("/x")).requireSuccess()).isInstanceOf(X3TransientException.class);
    }

    @Test
    void transientDiagnosisIsRetriable() {
        server.enqueue(json(200, "{\"$diagnoses\":[{\"$severity\":\"Transient\",\"$message\":\"locked\"}]}"));

        assertThatThrownBy(() -> send("/x").requireSuccess())
                .isInstanceOf(X3TransientException.class)
                .hasMessageContaining("locked");
    }

    @Test
    void serverErrorsAndThrottlingAreTransient() {
        server.enqueue(json(500, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Internal server error\"}]}"));
        server.enqueue(json(503, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"Web services licence volume exceeded (WSSIZELIMIT)\"}]}"));
        server.enqueue(json(429, ""));

        assertThatThrownBy(() -> send("/a").requireSuccess()).isInstanceOf(X3TransientException.class)
                .hasMessageContaining("Internal server error");
        assertThatThrownBy(() -> send("/b").requireSuccess()).isInstanceOf(X3TransientException.class)
                .hasMessageContaining("WSSIZELIMIT");
        assertThatThrownBy(() -> send("/c").requireSuccess()).isInstanceOf(X3TransientException.class)
                .satisfies(e -> assertThat(((X3Exception) e).httpStatus()).isEqualTo(429));
    }

    @Test
    void a500WithAnErrorDiagnosisIsARejection() {
        server.enqueue(json(500, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$sdataCode\":\"UnknownProperty\","
                + "\"$message\":\"Unknown property XYZ in where clause\"}]}"));

        assertThatThrownBy(() -> send("/q").requireSuccess())
                .isInstanceOf(X3RejectedException.class)
                .hasMessageContaining("Unknown property XYZ");
    }

    @Test
    void notFoundIsEmptyOnReadAndRejectedOtherwise() throws Exception {
        String missing = "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"721 : Record does not exist\"}]}";
        server.enqueue(json(404, missing));
        server.enqueue(json(404, missing));

        assertThat(send("/r").successOrNotFound()).isEmpty();
        assertThatThrownBy(() -> send("/w").requireSuccess())
                .isInstanceOf(X3RejectedException.class)
                .hasMessageContaining("721 : Record does not exist");
    }

    @Test
    void forbiddenIsAnAuthenticationFailure() {
        server.enqueue(json(403, "{}"));

        assertThatThrownBy(() -> send("/f").requireSuccess()).isInstanceOf(X3AuthenticationException.class);
    }

    @Test
    void otherClientErrorsAreRejections() {
        server.enqueue(json(400, "{\"$diagnoses\":[{\"$severity\":\"error\",\"$message\":\"YEXCFLG must be 1 or 2\"}]}"));

        assertThatThrownBy(() -> send("/p").requireSuccess())
                .isInstanceOf(X3RejectedException.class).hasMessageContaining("YEXCFLG must be 1 or 2");
    }

    @Test
    void aSlowAnswerIsATransientTimeout() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> send("/slow"))
                .isInstanceOf(X3TransientException.class)
                .hasMessageContaining("did not answer GET /slow");
    }

    @Test
    void anUnreachableServerIsTransient() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpUrl url = new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(closedPort).addPathSegment("x").build();

        assertThatThrownBy(() -> TestSupport.http(RequestAuthenticator.NONE).send(new Request.Builder().url(url).build()))
                .isInstanceOf(X3TransientException.class)
                .hasMessageContaining("could not be reached for GET /x");
    }

    @Test
    void nonJsonBodiesAreToleratedOnSuccess() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>ok</html>").build());

        assertThat(send("/html").requireSuccess().isMissingNode()).isTrue();
    }

    private X3Response send(String path) throws X3Exception {
        return TestSupport.http(RequestAuthenticator.NONE).send(get(path));
    }
}
