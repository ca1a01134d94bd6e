package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.ups.simulator.UpsSimulator;
import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.support.SimulatorClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabelDocumentsHttpTest {
    private static final String SHIP = "/api/shipments/v2409/ship";
    private static final String RECOVERY = "/api/labels/v1/recovery";
    private final UpsSimulator sim = UpsSimulator.builder().start();
    private final SimulatorClient client = new SimulatorClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void zplLabelsAreOneFormatPerPackageCarryingItsTrackingNumber() {
        ObjectNode request = ShipRequests.domestic("X3-ZPL-1");
        ShipRequests.addPackage((com.fasterxml.jackson.databind.node.ArrayNode) ShipRequests.shipment(request)
                .get("Package"), "3", "X3-ZPL-1");
        ObjectNode spec = ((ObjectNode) request.get("ShipmentRequest")).putObject("LabelSpecification");
        spec.putObject("LabelImageFormat").put("Code", "ZPL");
        spec.putObject("LabelStockSize").put("Height", "6").put("Width", "4");
        JsonNode packages = client.post(SHIP, request).json().at("/ShipmentResponse/ShipmentResults/PackageResults");
        assertThat(packages).hasSize(2);
        for (JsonNode p : packages) {
            String zpl = decode(p.at("/ShippingLabel/GraphicImage").asText());
            assertThat(zpl).startsWith("^XA").endsWith("^XZ").contains(p.get("TrackingNumber").asText());
            assertThat(p.at("/ShippingLabel/ImageFormat/Code").asText()).isEqualTo("ZPL");
        }
    }

    @Test
    void labelRecoveryAnswersInTheRequestedFormat() throws IOException {
        String id = client.post(SHIP, ShipRequests.domestic("X3-REC-1")).json()
                .at("/ShipmentResponse/ShipmentResults/ShipmentIdentificationNumber").asText();
        ObjectNode zpl = SimulatorClient.MAPPER.createObjectNode();
        ObjectNode body = zpl.putObject("LabelRecoveryRequest");
        body.putObject("Request").put("SubVersion", "1903");
        body.put("TrackingNumber", id);
        body.putObject("LabelSpecification").putObject("LabelImageFormat").put("Code", "ZPL");
        JsonNode answer = client.post(RECOVERY, zpl).json();
        JsonNode result = answer.at("/LabelRecoveryResponse/LabelResults/0");
        assertThat(result.at("/LabelImage/LabelImageFormat/Code").asText()).as(answer.toString()).isEqualTo("ZPL");
        assertThat(decode(result.at("/LabelImage/GraphicImage").asText())).startsWith("^XA").endsWith("^XZ")
                .contains(id);

        body.putObject("LabelSpecification").putObject("LabelImageFormat").put("Code", "PNG");
        String png = client.post(RECOVERY, zpl).json().at("/LabelRecoveryResponse/LabelResults/0/LabelImage/GraphicImage")
                .asText();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isPositive();
        BufferedImage gif = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(LabelImages.gif(id))));
        assertThat(gif).isNotNull();
    }

    @Test
    void electronicReturnLabelIsRecordedAsAnEmailDeliveryAndNotReturned() {
        ObjectNode request = ShipRequests.domestic("X3-ERL-1");
        ObjectNode shipment = ShipRequests.shipment(request);
        shipment.putObject("ReturnService").put("Code", "8");
        shipment.putObject("ShipmentServiceOptions").putObject("LabelDelivery").putObject("EMail")
                .put("EMailAddress", "supplier@example.com");
        JsonNode results = client.post(SHIP, request).json().at("/ShipmentResponse/ShipmentResults");
        String id = results.get("ShipmentIdentificationNumber").asText();
        assertThat(results.at("/PackageResults/0/ShippingLabel").isMissingNode()).isTrue();

        JsonNode deliveries = client.admin("GET", "/admin/label-deliveries", null).json();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).get("email").asText()).isEqualTo("supplier@example.com");
        assertThat(deliveries.get(0).get("trackingNumbers").get(0).asText()).isEqualTo(id);
        assertThat(deliveries.get(0).get("shipmentIdentificationNumber").asText()).isEqualTo(id);
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
