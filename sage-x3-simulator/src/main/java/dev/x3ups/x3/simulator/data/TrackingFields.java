package dev.x3ups.x3.simulator.data;

import static dev.x3ups.x3.simulator.data.Field.alpha;
import static dev.x3ups.x3.simulator.data.Field.of;

import java.util.List;
import java.util.Optional;

/** The YSHIPTRK dictionary: the site's custom write-back table for carrier tracking of an order. */
public final class TrackingFields {

    public static final String KEY = "YORDNUM";

    public static final List<Field> ALL = List.of(
            alpha("YORDNUM", 20), alpha("YORDTYP", 10), alpha("YTRKNUM", 35, 10), alpha("YCARRIER", 10),
            alpha("YSTACOD", 10), alpha("YSTADES", 80), of("YSCHDLVDAT", FieldType.DATE),
            of("YDLVDATTIM", FieldType.DATETIME), of("YEXCFLG", FieldType.MENU), alpha("YEXCCOD", 10),
            alpha("YEXCRSN", 250), of("YEVTDATTIM", FieldType.DATETIME), alpha("YPCKPRN", 80), alpha("YORDDIG", 64), of("CREDATTIM", FieldType.DATETIME),
            of("UPDDATTIM", FieldType.DATETIME));

    private TrackingFields() {
    }

    public static Optional<Field> field(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
