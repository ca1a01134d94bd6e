package dev.x3ups.it.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.x3ups.it.harness.CapturedLog;
import dev.x3ups.it.harness.ConnectCluster;
import dev.x3ups.it.harness.ConnectIT;
import dev.x3ups.it.harness.TestNames;
import dev.x3ups.records.DocumentFormat;
import dev.x3ups.records.LabelDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The label printer sink from the plugin archive on the shared broker and worker: label records produced straight
 * onto a labels topic for three sites (two raw-TCP printers, one print directory).
 */
@ConnectIT
class LabelPrinterIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void eachDocumentReachesItsSitesPrinterOnceInPackageOrderTheUnprintableGoToTheDlqAndAnOrderReprints(ConnectCluster cluster,
                                                                                         TestNames names) throws Exception {
        try (LabelRun run = new LabelRun(cluster, names)) {
            run.create();
            List<LabelDocument> atl = new ArrayList<>();
            List<LabelDocument> rno = new ArrayList<>();
            List<LabelDocument> mis = new ArrayList<>();
            for (int order = 1; order <= 12; order++) {
                String number = String.format("SO%04d", order);
                int packages = 1 + order % 3;
                switch (order % 3) {
                    case 0 -> atl.addAll(LabelRun.shipment("ATL", number, packages));
                    case 1 -> rno.addAll(LabelRun.shipment("RNO", number, packages));
                    default -> mis.addAll(LabelRun.shipment("MIS", number, packages));
                }
            }
            LabelDocument unknownSite = LabelRun.document("XYZ", "SO0099", 1, 1, DocumentFormat.ZPL);
            LabelDocument pdfForThermal = LabelRun.document("ATL", "SO0098", 1, 1, DocumentFormat.PDF);
            List<LabelDocument> all = new ArrayList<>(atl);
            all.addAll(rno);
            all.addAll(mis);
            all.add(unknownSite);
            all.add(pdfForThermal);
            run.produce(all);

            await("ATL, RNO and MIS printed").atMost(WAIT).until(() -> run.atl.labels().size() == atl.size()
                    && run.rno.labels().size() == rno.size() && run.files().size() == mis.size());
            assertPrintedOnceInPackageOrder(run.atl, atl);
            assertPrintedOnceInPackageOrder(run.rno, rno);
            for (LabelDocument document : mis) {
                String name = "MIS_" + document.orderKey().replace(':', '-') + "_"
                        + String.format("%03dof%03d", document.packageSequence(), document.packageCount())
                        + "_LABEL_" + document.trackingNumber() + ".zpl";
                assertThat(Files.readString(run.mis.resolve(name), StandardCharsets.US_ASCII))
                        .isEqualTo(LabelRun.zpl(document.orderKey().substring(11), document.packageSequence()));
            }

            List<ConsumerRecord<byte[], byte[]>> dead = await("two dead letters").atMost(WAIT)
                    .until(run::deadLetters, records -> records.size() >= 2);
            assertThat(dead).hasSize(2);
            assertThat(dead.stream().map(r -> LabelRun.header(r, "__connect.errors.exception.message")).toList())
                    .anySatisfy(reason -> assertThat(reason).contains("no printer is configured for site 'XYZ'")
                            .contains(unknownSite.trackingNumber()))
                    .anySatisfy(reason -> assertThat(reason).contains("site ATL").contains("not PDF"));
            run.assertRunning();

            Path reprints = Files.createTempDirectory("reprints");
            ReprintCli.Result reprint = ReprintCli.run(cluster.plugin().pluginDirectory().resolve("lib"), List.of(
                    "--bootstrap-servers", cluster.bootstrapServers(), "--topic", run.topic,
                    "--order", "SEED:SALES:SO0004", "--directory", reprints.toString()));
            assertThat(reprint.exitCode()).as(reprint.output()).isZero();
            try (Stream<Path> files = Files.list(reprints)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                        "RNO_SEED-SALES-SO0004_001of002_LABEL_1Z999AA10004001.zpl",
                        "RNO_SEED-SALES-SO0004_002of002_LABEL_1Z999AA10004002.zpl");
            }
            assertThat(Files.readString(reprints.resolve("RNO_SEED-SALES-SO0004_002of002_LABEL_1Z999AA10004002.zpl")))
                    .isEqualTo(LabelRun.zpl("SO0004", 2));
        }
    }

    @Test
    void aPrinterRefusingConnectionsGetsEveryLabelOnceItIsBackAndAVoidedOneNever(ConnectCluster cluster,
                                                                                 TestNames names, CapturedLog log) {
        try (LabelRun run = new LabelRun(cluster, names)) {
            run.atl.down();
            run.create();
            List<LabelDocument> voided = LabelRun.shipment("ATL", "SO0201", 2);
            List<LabelDocument> kept = new ArrayList<>();
            for (int order = 202; order <= 206; order++) {
                kept.addAll(LabelRun.shipment("ATL", String.format("SO%04d", order), 1 + order % 3));
            }
            List<LabelDocument> first = new ArrayList<>(voided);
            first.addAll(kept);
            run.produce(first);
            await("the task holds ATL's documents").atMost(WAIT)
                    .until(() -> log.contains("Printer of site ATL") && log.contains("documents wait for it"));

            run.produce(List.of(LabelDocument.voiding(voided.get(0), Instant.now()),
                    LabelDocument.voiding(voided.get(1), Instant.now())));
            await("the void reached the task").atMost(WAIT).until(() -> log.contains(
                    "Tracking number " + voided.get(1).trackingNumber() + " of SEED:SALES:SO0201 voided: 1"));
            run.atl.reopen();

            await("every kept label printed").atMost(WAIT).until(() -> run.atl.labels().size() >= kept.size());
            assertPrintedOnceInPackageOrder(run.atl, kept);
            assertThat(log.text()).contains("Printer of site ATL").contains("is back");
            assertThat(run.deadLetters()).isEmpty();
            run.assertRunning();
        }
    }

    /** Exactly {@code expected}'s labels, each once, well-formed ZPL, each shipment's contiguous and in package order. */
    private static void assertPrintedOnceInPackageOrder(PrinterListener printer, List<LabelDocument> expected) {
        List<String> labels = printer.labels();
        assertThat(labels).allSatisfy(zpl -> assertThat(zpl).startsWith("^XA").endsWith("^XZ"));
        assertThat(labels).containsExactlyInAnyOrderElementsOf(expected.stream()
                .map(d -> LabelRun.zpl(d.orderKey().substring(11), d.packageSequence())).toList());
        for (String job : printer.jobs()) {
            List<String> orders = new ArrayList<>();
            for (String label : job.split("(?<=\\^XZ)")) {
                orders.add(label.replaceAll(".*\\^FD(SO\\d+) package (\\d+).*", "$1 $2"));
            }
            String shipment = orders.get(0).split(" ")[0];
            assertThat(orders).as("one job is one shipment in package order").allMatch(o -> o.startsWith(shipment + " "));
            assertThat(orders.stream().map(o -> Integer.parseInt(o.split(" ")[1])).collect(Collectors.toList()))
                    .isSorted();
        }
    }
}
