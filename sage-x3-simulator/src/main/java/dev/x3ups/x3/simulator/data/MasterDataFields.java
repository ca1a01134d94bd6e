package dev.x3ups.x3.simulator.data;

import static dev.x3ups.x3.simulator.data.Field.alpha;
import static dev.x3ups.x3.simulator.data.Field.of;

import java.util.List;

/** Dictionaries of the read-only reference classes: sites, customers (with addresses), suppliers, items. */
public final class MasterDataFields {

    public static final List<Field> FACILITY = List.of(alpha("FCY", 5), alpha("FCYNAM", 35), alpha("LEGCPY", 5),
            alpha("BPAADDLIG", 50, 3), alpha("POSCOD", 10), alpha("CTY", 40), alpha("SAT", 35), alpha("CRY", 3),
            alpha("CRYNAM", 40), alpha("TEL", 20), alpha("WEB", 80), alpha("WEU", 3), alpha("CUR", 3));

    public static final List<Field> CUSTOMER = List.of(alpha("BPCNUM", 15), alpha("BPCNAM", 35, 2),
            alpha("BPAADD", 5), alpha("CRY", 3));

    public static final List<Field> CUSTOMER_ADDRESS = List.of(alpha("BPAADD", 5), alpha("BPADES", 35, 2),
            alpha("BPAADDLIG", 50, 3), alpha("POSCOD", 10), alpha("CTY", 40), alpha("SAT", 35), alpha("CRY", 3),
            alpha("CRYNAM", 40), alpha("CNTNAM", 35), alpha("TEL", 20), alpha("WEB", 80), alpha("MDL", 5),
            alpha("BPTNUM", 15));

    public static final List<Field> SUPPLIER = List.of(alpha("BPSNUM", 15), alpha("BPSNAM", 35),
            alpha("BPAADD", 5), alpha("BPAADDLIG", 50, 3), alpha("POSCOD", 10), alpha("CTY", 40), alpha("SAT", 35),
            alpha("CRY", 3), alpha("CRYNAM", 40), alpha("TEL", 20), alpha("WEB", 80), alpha("CUR", 3));

    public static final List<Field> ITEM = List.of(alpha("ITMREF", 20), alpha("ITMDES1", 40), alpha("STU", 3),
            alpha("SAU", 3), of("SAUSTUCOE", FieldType.DECIMAL), of("ITMWEI", FieldType.DECIMAL), alpha("WEU", 3),
            of("ZLEN", FieldType.DECIMAL), of("ZWID", FieldType.DECIMAL), of("ZHEI", FieldType.DECIMAL),
            alpha("ZDIMUOM", 3), of("BASPRI", FieldType.DECIMAL), alpha("CUSREF", 20), alpha("YORICRY", 3),
            alpha("TCLCOD", 5));

    private MasterDataFields() {
    }
}
