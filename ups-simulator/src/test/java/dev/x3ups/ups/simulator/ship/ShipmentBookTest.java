package dev.x3ups.ups.simulator.ship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.x3ups.ups.simulator.support.ShipRequests;
import dev.x3ups.ups.simulator.timeline.TimelinePlanner;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShipmentBookTest {
    private final ShipmentFactory factory = new ShipmentFactory(new TrackingNumbers(1), new TimelinePlanner(1, 0, 0));
    private final ShipmentBook book = new ShipmentBook();
    private final Instant now = Instant.parse("2026-07-01T10:00:00Z");

    private Shipment create(String reference) {
        Shipment s = factory.create(ShipRequests.international(reference).get("ShipmentRequest"), "client", now);
        book.register(s);
        return s;
    }

    @Test
    void indexesByIdTrackingNumberAndEveryReference() {
        Shipment s = create("X3-9");
        assertThat(book.byId(s.id())).contains(s);
        assertThat(book.byTrackingNumber(s.id()).map(ShippedPackage::shipment)).contains(s);
        assertThat(s.referenceValues()).containsExactly("X3-9");
        assertThat(book.byReference("X3-9")).containsExactly(s);
        assertThat(s.customerContext()).isEqualTo("X3-9");
        assertThat(s.destination().countryCode()).isEqualTo("DE");
        assertThat(s.quote().currency()).isEqualTo("USD");
    }

    @Test
    void countsCreatedAndLiveShipmentsPerReference() {
        Shipment first = create("X3-1");
        create("X3-1");
        first.markVoided(now);
        assertThat(book.createdPerReference()).containsEntry("X3-1", new ReferenceCount(2, 1));
        assertThat(book.size()).isEqualTo(2);
    }

    @Test
    void labelsAreRenderedInTheRequestedFormat() throws java.io.IOException {
        String zpl = new String(java.util.Base64.getDecoder().decode(LabelImages.render("ZPL", "1Z1")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zpl).startsWith("^XA").endsWith("^XZ").contains("^BCN,200,Y,N,N^FD1Z1^FS");
        byte[] gif = java.util.Base64.getDecoder().decode(LabelImages.render("GIF", "1ZA1B2C30300000017"));
        assertThat(gif.length).isBetween(20, 8000);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(gif));
        assertThat(image.getWidth()).isEqualTo(128);
        assertThat(image.getHeight()).isEqualTo(32);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("white margin").isEqualTo(0xFFFFFF);
        boolean hasBar = false;
        for (int x = 0; x < 128; x++) {
            hasBar |= (image.getRGB(x, 16) & 0xFFFFFF) == 0;
        }
        assertThat(hasBar).isTrue();
    }
}
