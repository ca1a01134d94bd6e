package dev.x3ups.x3.simulator.data;

import static dev.x3ups.x3.simulator.data.Field.alpha;
import static dev.x3ups.x3.simulator.data.Field.of;

import java.util.List;

/** The SORDER dictionary: standard header fields, shipping-feed extras (YSOSHIP) and line fields (SOHSOP). */
public final class SalesOrderFields {

    public static final String KEY = "SOHNUM";
    public static final String LINES = "SOHSOP";

    public static final List<Field> HEADER = List.of(
            alpha("SOHNUM", 20), alpha("SOHTYP", 5), of("SOHCAT", FieldType.MENU),
            alpha("SALFCY", 5), alpha("STOFCY", 5), alpha("CPY", 5),
            alpha("BPCORD", 15), alpha("BPCNAM", 35, 2), alpha("BPAADD", 5),
            alpha("BPDNAM", 35, 2), alpha("BPDADDLIG", 50, 3), alpha("BPDPOSCOD", 10), alpha("BPDCTY", 40),
            alpha("BPDSAT", 35), alpha("BPDCRY", 3), alpha("BPDCRYNAM", 40), alpha("CNDNAM", 35),
            alpha("CUSORDREF", 30), of("ORDDAT", FieldType.DATE), of("SHIDAT", FieldType.DATE),
            of("DEMDLVDAT", FieldType.DATE), alpha("MDL", 5), alpha("BPTNUM", 15),
            of("ORDSTA", FieldType.MENU), of("DLVSTA", FieldType.MENU), of("INVSTA", FieldType.MENU),
            of("CDTSTA", FieldType.MENU), of("HLDSTA", FieldType.MENU),
            of("DSPTOTWEI", FieldType.DECIMAL), alpha("DSPWEU", 3), alpha("CUR", 3),
            of("ORDINVATI", FieldType.DECIMAL), of("CREDATTIM", FieldType.DATETIME),
            of("UPDDATTIM", FieldType.DATETIME));

    public static final List<Field> SHIPPING_EXTRAS = List.of(
            alpha("TEL", 20), alpha("WEB", 80), alpha("YSFNAM", 35), alpha("YSFADDLIG", 50, 3),
            alpha("YSFPOSCOD", 10), alpha("YSFCTY", 40), alpha("YSFSAT", 35), alpha("YSFCRY", 3),
            alpha("YSFTEL", 20));

    public static final List<Field> LINE = List.of(
            of("SOPLIN", FieldType.INTEGER), of("SOQSEQ", FieldType.INTEGER), alpha("ITMREF", 20),
            alpha("ITMDES1", 40), of("QTY", FieldType.DECIMAL), alpha("SAU", 3),
            of("SAUSTUCOE", FieldType.DECIMAL), of("QTYSTU", FieldType.DECIMAL), alpha("STU", 3),
            of("NETPRI", FieldType.DECIMAL), of("SOQSTA", FieldType.MENU), of("ITMWEI", FieldType.DECIMAL),
            alpha("WEU", 3), of("DSPLINWEI", FieldType.DECIMAL), alpha("DSPWEU", 3),
            of("ZLEN", FieldType.DECIMAL), of("ZWID", FieldType.DECIMAL), of("ZHEI", FieldType.DECIMAL),
            alpha("ZDIMUOM", 3));

    /** Header dictionary: {@link #HEADER} and the shipping-feed extras. */
    public static final OrderHeaderFields HEADERS = new OrderHeaderFields(HEADER, SHIPPING_EXTRAS);

    private SalesOrderFields() {
    }
}
