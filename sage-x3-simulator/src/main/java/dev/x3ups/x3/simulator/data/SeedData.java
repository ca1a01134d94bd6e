package dev.x3ups.x3.simulator.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fixed reference data every folder starts with: realistic addresses in US, CA, GB, DE and FR.
 * It is data, so it lives in {@code seed-data.json} next to this class, one record a line.
 */
public final class SeedData {

    private static final String RESOURCE = "seed-data.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private record Tables(List<Site> sites, List<Customer> customers, List<Supplier> suppliers, List<Item> items,
                          List<Carrier> carriers, List<DeliveryMode> deliveryModes) {
    }

    private SeedData() {
    }

    /** A fresh copy for each folder, so no folder sees another's changes. */
    public static MasterData masterData() {
        try (InputStream in = SeedData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the simulator jar");
            }
            Tables t = JSON.readValue(in, Tables.class);
            return new MasterData(t.sites(), t.customers(), t.suppliers(), t.items(), t.carriers(), t.deliveryModes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
