package dev.x3ups.labels.printer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.labels.printer.testing.Documents;
import dev.x3ups.records.LabelDocument;
import dev.x3ups.ups.client.UpsClientConfig;
import dev.x3ups.ups.client.UpsClients;
import dev.x3ups.ups.client.auth.TokenManagerRegistry;
import dev.x3ups.ups.client.ship.Address;
import dev.x3ups.ups.client.ship.Dimensions;
import dev.x3ups.ups.client.ship.LengthUnit;
import dev.x3ups.ups.client.ship.ParcelPackage;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.client.ship.ReferenceNumber;
import dev.x3ups.ups.client.ship.ShipOutcome;
import dev.x3ups.ups.client.ship.ShipmentSpec;
import dev.x3ups.ups.client.ship.Weight;
import dev.x3ups.ups.client.ship.WeightUnit;
import dev.x3ups.ups.simulator.UpsSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reprint tool against the UPS simulator's Label Recovery, for packages the labels topic no longer holds. */
class ReprintToolUpsTest {
    private static final String ACCOUNT = "A1B2C3";
    private static final String ORDER = "SEED:SALES:SO0042";

    @TempDir
    Path temp;

    private final List<LabelDocument> topic = new ArrayList<>();
    private final List<String> ledger = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private UpsSimulator sim;
    private Path directory;
    private Path secretFile;

    @BeforeEach
    void start() throws Exception {
        sim = UpsSimulator.builder().port(0).client("reprint-client", "reprint-secret").accountNumber(ACCOUNT).start();
        directory = Files.createDirectory(temp.resolve("print"));
        secretFile = Files.writeString(temp.resolve("ups-secret"), "reprint-secret\n");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void anOrderWhoseLabelsLeftTheTopicIsPrintedFromUpsLabelRecovery() throws Exception {
        List<String> shipped = ship(2);
        ledger.addAll(shipped);

        int exit = run("--order", ORDER);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(files()).containsExactly("_SEED-SALES-SO0042_001of002_LABEL_" + shipped.get(0) + ".zpl",
                "_SEED-SALES-SO0042_002of002_LABEL_" + shipped.get(1) + ".zpl");
        assertThat(Files.readString(directory.resolve(files().get(0)), StandardCharsets.US_ASCII))
                .startsWith("^XA").contains(shipped.get(0));
        assertThat(out.toString()).contains("printed 2 documents").doesNotContain("reprint-secret");
        assertThat(err.toString()).doesNotContain("reprint-secret");
    }

    @Test
    void onePackageIsFetchedInTheRequestedFormat() throws Exception {
        List<String> shipped = ship(1);
        topic.add(Documents.label("ATL", "SO0001", 1, 1)); // another package's

        int exit = run("--tracking", shipped.get(0), "--label-format", "GIF");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(files()).containsExactly("__001of001_LABEL_" + shipped.get(0) + ".gif");
    }

    @Test
    void aNumberUnknownToUpsLeavesNothingToPrint() {
        int exit = run("--tracking", "1Z999AA10000000001");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("UPS Label Recovery of 1Z999AA10000000001 failed")
                .contains("nor from UPS Label Recovery").doesNotContain("reprint-secret");
    }

    private int run(String... selection) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", "k:9092", "--directory",
                directory.toString(), "--ups-base-url", sim.baseUrl(), "--ups-client-id", "reprint-client",
                "--ups-client-secret-file", secretFile.toString(), "--timeout-ms", "10000"));
        args.addAll(List.of(selection));
        var cli = ReprintTool.commandLine(new ReprintTool(tool -> documents -> topic.forEach(documents),
                ReprintTool::printer, tool -> order -> order.equals(ORDER) ? List.copyOf(ledger) : List.of(),
                ReprintToolUpsTest::fallback));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }

    /** As the tool builds it, but with a token of its own: each test has its own simulator. */
    private static UpsLabelFallback fallback(ReprintTool tool) {
        UpsClientConfig config = ReprintTool.upsClientConfig(tool.ups);
        UpsClients ups = UpsClients.create(config, TokenManagerRegistry.unshared(config));
        UpsLabelFallback fallback = new UpsLabelFallback(
                number -> ups.labelRecovery().byTrackingNumber(number, tool.ups.labelFormat), tool.ups.labelFormat,
                Duration.ofSeconds(10), java.time.Clock.systemUTC());
        return fallback.closing(ups);
    }

    private List<String> ship(int packages) throws Exception {
        UpsClientConfig config = UpsClientConfig.builder().baseUrl(sim.baseUrl()).clientId("reprint-client")
                .clientSecret("reprint-secret").accountNumber(ACCOUNT).build();
        try (UpsClients ups = UpsClients.create(config, TokenManagerRegistry.unshared(config))) {
            ShipmentSpec.Builder spec = ShipmentSpec.builder().customerContext(ORDER)
                    .shipper(new Party("ACME Distribution", "Shipping Dept", "4105551234", "ship@acme.example",
                            new Address(List.of("2311 York Rd"), "Timonium", "MD", "21093", "US", false)), ACCOUNT)
                    .shipTo(new Party("Happy Dog Pet Supply", "Jane Doe", "7705550100", "jane@example.com",
                            new Address(List.of("123 Main St"), "Alpharetta", "GA", "30005", "US", true)))
                    .serviceCode("03").description("Pet supplies");
            for (int i = 0; i < packages; i++) {
                spec.addPackage(new ParcelPackage("Order " + ORDER, null, Weight.of("5", WeightUnit.LBS),
                        Dimensions.of("10", "8", "6", LengthUnit.IN), List.of(ReferenceNumber.of(ORDER))));
            }
            ShipOutcome outcome = ups.ship().ship(spec.build()).get(10, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(ShipOutcome.Created.class);
            return ((ShipOutcome.Created) outcome).trackingNumbers();
        }
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
