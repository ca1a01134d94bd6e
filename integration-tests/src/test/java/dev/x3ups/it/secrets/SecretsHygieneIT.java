package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.x3ups.embedded.kafka.TopicReader;
import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.ConnectorAwait;
import dev.x3ups.it.harness.DedicatedCluster;
import dev.x3ups.it.harness.PluginArchive;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 7's "no secret leaks anywhere": all four connectors run one pipeline on a worker configured with
 * the encrypted config provider, every secret given as an {@code ${encrypted:…}} reference. Afterwards
 * neither a plaintext secret nor any token issued during the run (UPS OAuth tokens, X3 access tokens,
 * the webhook tokens our listener issued to UPS, the Basic credentials sent) may appear in any topic —
 * Connect's config, offsets and status topics included — any REST answer, validate answers (with the
 * secrets encrypted and in plain text), or the log, with our packages at DEBUG and Connect's config
 * logging at INFO. A canary then proves the same scan does find a secret where one was put.
 */
@ConnectIT
@DedicatedCluster(workerConfig = {
        "config.providers=encrypted",
        "config.providers.encrypted.class=dev.x3ups.secrets.provider.EncryptedConfigProvider",
        "config.providers.encrypted.param.key.file=" + SecretsHygieneIT.KEY_FILE})
class SecretsHygieneIT {

    /** Relative to the module (failsafe's working directory); created before the worker starts. */
    static final String KEY_FILE = "target/secrets-hygiene-it/x3ups.keys";
    private static final String KEY_ID = "hygiene1";
    private static final String CANARY = "Canary-secret-0d9e8f7a6b5c";
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(120);
    private static final Logger LOG = LoggerFactory.getLogger(SecretsHygieneIT.class);

    private static SecretsToolCli cli;

    @BeforeAll
    static void createKeyFile() throws IOException {
        Path keyFile = Path.of(KEY_FILE).toAbsolutePath();
        deleteRecursively(keyFile.getParent());
        Files.createDirectories(keyFile.getParent());
        cli = new SecretsToolCli(PluginArchive.fromBuild().pluginDirectory().resolve("lib"), keyFile);
        cli.keygen(KEY_ID);
    }

    @Test
    void noSecretNorIssuedTokenAppearsInTopicsRestAnswersOrTheLog(ConnectCluster cluster, TestNames names,
            CapturedLog log) {
        SecretCatalog catalog = new SecretCatalog();
        LeakScanner scanner = new LeakScanner(catalog);
        HygieneSecrets secrets = HygieneSecrets.encrypt(cli, catalog);

        try (LogLevels ignored = LogLevels.raise(Map.of("dev.x3ups", "debug",
                "org.apache.kafka.common.config", "info", "org.apache.kafka.connect", "info"));
             HygieneDeployment run = HygieneDeployment.start(cluster, names, catalog)) {
            RestSurfaces rest = new RestSurfaces(cluster.rest());
            Map<String, Map<String, String>> plaintextConfigs = new LinkedHashMap<>();
            plaintextConfigs.put(HygieneDeployment.UPS_SINK, run.upsSinkConfig());
            plaintextConfigs.put(HygieneDeployment.TRACKING_SOURCE, run.trackingSourceConfig());
            plaintextConfigs.put(HygieneDeployment.X3_SINK, run.x3SinkConfig());
            plaintextConfigs.put(HygieneDeployment.X3_SOURCE, run.x3SourceConfig());

            String refreshToken = run.pairWithX3Cloud();
            secrets.add("x3 refresh token (paired)", refreshToken);
            Map<String, String> cloudConfig = run.x3CloudSourceConfig(refreshToken,
                    Path.of(KEY_FILE).resolveSibling("x3-refresh.token").toAbsolutePath().toString());
            Map<String, String> validations = validateEverything(rest, run, secrets, plaintextConfigs, cloudConfig);

            // downstream first, the source last, so every record finds its consumer running
            plaintextConfigs.forEach((type, config) -> {
                cluster.rest().createConnector(run.name(type), secrets.encrypted(config)).orThrow();
                ConnectorAwait.untilRunning(cluster.rest(), run.name(type), 1);
            });

            cluster.rest().createConnector(run.cloudSource, secrets.encrypted(cloudConfig)).orThrow();
            ConnectorAwait.untilRunning(cluster.rest(), run.cloudSource, 1);

            driveOrdersEndToEnd(cluster, run, catalog);

            // refusals are where a listener is tempted to log what it was sent
            String bogusBearer = "Bogus-bearer-6a1f93c2d4e5";
            catalog.add("bogus webhook bearer", bogusBearer);
            assertThat(run.knockOnTheWebhookWithWrongCredentials(
                    secrets.wrong(Map.of("s", HygieneSecrets.WEBHOOK_CLIENT_SECRET)).get("s"), bogusBearer,
                    secrets.wrong(Map.of("c", HygieneSecrets.WEBHOOK_CREDENTIAL)).get("c")))
                    .containsExactly(401, 401, 401);

            List<String> topics = new ArrayList<>(cluster.topics().names());
            String group = cluster.connect().groupId();
            assertThat(topics).contains(group + "-configs", group + "-offsets", group + "-status")
                    .containsAll(run.dataTopics());
            TopicSurfaces kafka = new TopicSurfaces(cluster.reader());
            Map<String, String> surfaces = new LinkedHashMap<>(kafka.read(topics));
            Map<String, Integer> tasks = new LinkedHashMap<>();
            run.connectors.values().forEach(name -> tasks.put(name, 1));
            tasks.put(run.cloudSource, 1);
            surfaces.putAll(rest.read(tasks));
            surfaces.putAll(validations);

            // the secrets reached the worker as ciphertext only, and each was really used
            String configTopic = surfaces.get("topic " + group + "-configs");
            assertThat(configTopic).contains(secrets.reference(HygieneSecrets.X3_PASSWORD),
                    secrets.reference(HygieneSecrets.X3_OAUTH_SECRET), secrets.reference(HygieneSecrets.UPS_CLIENT_SECRET),
                    secrets.reference(HygieneSecrets.WEBHOOK_CLIENT_SECRET),
                    secrets.reference(HygieneSecrets.WEBHOOK_CREDENTIAL), secrets.reference(refreshToken));
            assertThat(surfaces.get("GET /connectors/" + run.name(HygieneDeployment.UPS_SINK) + "/config"))
                    .contains(secrets.reference(HygieneSecrets.UPS_CLIENT_SECRET));

            // the log holds Connect's config logging of our connectors, so masking there is tested too
            assertThat(log.text()).contains("x3.password = [hidden]", "x3.client.secret = [hidden]");
            surfaces.put("log", log.text());
            List<Leak> leaks = scanner.scanAll(surfaces);
            LOG.info("searched {} surfaces ({} characters) for {}", surfaces.size(),
                    surfaces.values().stream().mapToLong(String::length).sum(), catalog); // labels only
            assertThat(leaks).as("secrets or tokens found (%d values searched in %d surfaces)", catalog.size(),
                    surfaces.size()).isEmpty();

            canaryIsFound(cluster, names, catalog, scanner, log);
        }
    }

    /**
     * Validate echoes every value it is given: with the secrets in plain text, encrypted and wrong, for each
     * connector and the auth modes not run (JWT, keystore), PASSWORD values must come back hidden and no
     * error may repeat a secret. Returns every answer by surface name, for the scan.
     */
    private static Map<String, String> validateEverything(RestSurfaces rest, HygieneDeployment run,
            HygieneSecrets secrets, Map<String, Map<String, String>> plaintextConfigs, Map<String, String> cloudConfig) {
        Map<String, String> validations = new LinkedHashMap<>();
        // validate echoes every value: PASSWORD ones must come back hidden, encrypted or not
        plaintextConfigs.forEach((type, config) -> {
            validations.put("validate plaintext " + type, rest.validate(type, config));
            assertCredentialsComeBackHidden(validations.get("validate plaintext " + type), config);
            validations.put("validate encrypted " + type, rest.validate(type, secrets.encrypted(config)));
            // a refused secret must not come back in the error either
            validations.put("validate wrong secrets " + type, rest.validate(type, secrets.wrong(config)));
        });
        validations.put("validate plaintext JWT source", rest.validate(HygieneDeployment.X3_SOURCE,
                run.x3SourceJwtConfig()));
        assertCredentialsComeBackHidden(validations.get("validate plaintext JWT source"), run.x3SourceJwtConfig());
        validations.put("validate encrypted JWT source", rest.validate(HygieneDeployment.X3_SOURCE,
                secrets.encrypted(run.x3SourceJwtConfig())));
        validations.put("validate wrong JWT source", rest.validate(HygieneDeployment.X3_SOURCE,
                secrets.wrong(run.x3SourceJwtConfig())));
        // validate checks a refresh token's settings only (a login would rotate it away), so this is safe
        validations.put("validate plaintext cloud source", rest.validate(HygieneDeployment.X3_SOURCE, cloudConfig));
        assertCredentialsComeBackHidden(validations.get("validate plaintext cloud source"), cloudConfig);
        validations.put("validate encrypted cloud source", rest.validate(HygieneDeployment.X3_SOURCE,
                secrets.encrypted(cloudConfig)));
        validations.put("validate wrong cloud source", rest.validate(HygieneDeployment.X3_SOURCE,
                secrets.wrong(cloudConfig)));
        validations.put("validate plaintext keystore", rest.validate(HygieneDeployment.TRACKING_SOURCE,
                run.trackingSourceKeystoreConfig()));
        assertCredentialsComeBackHidden(validations.get("validate plaintext keystore"),
                run.trackingSourceKeystoreConfig());
        validations.put("validate encrypted keystore", rest.validate(HygieneDeployment.TRACKING_SOURCE,
                secrets.encrypted(run.trackingSourceKeystoreConfig())));

        assertThat(validations.get("validate wrong secrets " + HygieneDeployment.X3_SOURCE))
                .as("validate refused the wrong X3 password").doesNotContain("\"error_count\":0");
        assertThat(validations.get("validate wrong JWT source"))
                .as("validate refused the wrong connected-app secret").doesNotContain("\"error_count\":0");
        return validations;
    }

    /**
     * Orders from X3 shipped with UPS, subscribed, tracked through the webhook and written back to X3, so
     * that each kind of token is issued: UPS OAuth, X3 client credentials, our webhook tokens.
     */
    private static void driveOrdersEndToEnd(ConnectCluster cluster, HygieneDeployment run, SecretCatalog catalog) {
        await("an order shipped and subscribed to Track Alert").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> run.ledgerEntries().values().stream().anyMatch(SecretsHygieneIT::subscribed));
        run.ups.advanceClock(Duration.ofDays(10)); // the packages travel: Track Alert posts their events
        await("tracking events through the webhook").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> new TopicSurfaces(cluster.reader()).count(run.tracking) > 0);
        await("tracking written back to X3").atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> run.x3.counters().get("writeback.update") > 0);

        await("X3 Cloud orders read with a rotated refresh token").atMost(FLOW_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> new TopicSurfaces(cluster.reader()).count(run.cloudOrders) > 0
                        && catalog.count("x3 issued refresh_token") >= 2);
        assertThat(catalog.count("ups issued access_token")).as("UPS tokens issued").isPositive();
        assertThat(catalog.count("x3 issued access_token")).as("X3 tokens issued").isPositive();
        assertThat(catalog.count("webhook issued access_token")).as("webhook tokens issued").isPositive();
        // the bearer UPS then sends is the issued token itself, so count the posts through the tap instead
        assertThat(run.webhookTap.exchanges()).as("webhook token requests and event posts").isGreaterThan(1);
    }

    /** What validate echoes for every credential given: Connect's mask, never the value. */
    private static void assertCredentialsComeBackHidden(String validateAnswer, Map<String, String> config) {
        JsonNode answer = TopicReader.parse(validateAnswer.getBytes(StandardCharsets.UTF_8));
        int checked = 0;
        for (JsonNode entry : answer.path("configs")) {
            String key = entry.path("value").path("name").asText();
            if (CredentialNames.mustBePassword(key) && config.containsKey(key)) {
                assertThat(entry.path("value").path("value").asText()).as(key).isEqualTo("[hidden]");
                checked++;
            }
        }
        assertThat(checked).as("credentials in the validate answer").isPositive();
    }

    private static boolean subscribed(ShipmentLedgerEntry entry) {
        return entry.state() == ShipmentState.CREATED && entry.subscriptionState() == SubscriptionState.ACTIVE;
    }

    /** The negative control: a secret put into a record and the log is reported in both, and only there. */
    private static void canaryIsFound(ConnectCluster cluster, TestNames names, SecretCatalog catalog,
            LeakScanner scanner, CapturedLog log) {
        catalog.add("canary", CANARY);
        String topic = names.topic("canary");
        cluster.topics().create(topic, 1);
        cluster.writer().produce(topic, "k".getBytes(StandardCharsets.UTF_8),
                ("{\"note\":\"leaked " + CANARY + "\"}").getBytes(StandardCharsets.UTF_8));
        LoggerFactory.getLogger("dev.x3ups.it.secrets.Canary").debug("deliberately logged {}", CANARY);

        Map<String, String> surfaces = new LinkedHashMap<>(new TopicSurfaces(cluster.reader())
                .read(cluster.topics().names()));
        surfaces.put("log", log.text());

        assertThat(scanner.scanAll(surfaces))
                .extracting(Leak::secretLabel, Leak::surface)
                .containsExactlyInAnyOrder(
                        tuple("canary", "topic " + topic),
                        tuple("canary", "log"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
