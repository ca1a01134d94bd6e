package dev.x3ups.x3.simulator.data;

import static dev.x3ups.x3.simulator.data.Field.alpha;
import static dev.x3ups.x3.simulator.data.Field.of;

import java.util.List;

/** The PORDER dictionary: standard header fields, shipping-feed extras (YPOSHIP) and line fields (POHPOP). */
public final class PurchaseOrderFields {

    public static final String KEY = "POHNUM";
    public static final String LINES = "POHPOP";

    public static final List<Field> HEADER = List.of(
            alpha("POHNUM", 20), alpha("POHTYP", 5), alpha("POHFCY", 5), alpha("RCPFCY", 5), alpha("CPY", 5),
            alpha("BPSNUM", 15), alpha("BPRNAM", 35), alpha("BPOADD", 5), alpha("BPONAM", 35, 2),
            alpha("BPOADDLIG", 50, 3), alpha("BPOPOSCOD", 10), alpha("BPOCTY", 40), alpha("BPOSAT", 35),
            alpha("BPOCRY", 3), alpha("BPOCRYNAM", 40), alpha("BPAADD", 5), alpha("BPANAM", 35, 2),
            alpha("BPAADDLIG", 50, 3), alpha("POSCOD", 10), alpha("CTY", 40), alpha("SAT", 35),
            alpha("CRY", 3), alpha("CRYNAM", 40), of("ORDDAT", FieldType.DATE), of("EXTRCPDAT", FieldType.DATE),
            alpha("ORDREF", 20), alpha("MDL", 5), alpha("BPTNUM", 15), of("CLEFLG", FieldType.MENU),
            of("RCPFLG", FieldType.MENU), of("TOTLINWEI", FieldType.DECIMAL), alpha("DSPWEU", 3),
            alpha("CUR", 3), of("TOTORD", FieldType.DECIMAL), of("CREDATTIM", FieldType.DATETIME),
            of("UPDDATTIM", FieldType.DATETIME));

    public static final List<Field> SHIPPING_EXTRAS = List.of(
            alpha("YBPOTEL", 20), alpha("YBPOWEB", 80), alpha("YRCPTEL", 20), alpha("YRCPWEB", 80));

    public static final List<Field> LINE = List.of(
            of("POPLIN", FieldType.INTEGER), of("POQSEQ", FieldType.INTEGER), alpha("ITMREF", 20),
            alpha("ITMDES1", 40), of("QTYPUU", FieldType.DECIMAL), alpha("PUU", 3),
            of("PUUSTUCOE", FieldType.DECIMAL), of("QTYSTU", FieldType.DECIMAL), alpha("STU", 3),
            of("NETPRI", FieldType.DECIMAL), of("EXTRCPDAT", FieldType.DATE), of("LINSTA", FieldType.MENU),
            of("LINCLEFLG", FieldType.MENU),
            of("ITMWEI", FieldType.DECIMAL), alpha("WEU", 3), of("QTYWEU", FieldType.DECIMAL),
            alpha("DSPWEU", 3), of("ZLEN", FieldType.DECIMAL), of("ZWID", FieldType.DECIMAL),
            of("ZHEI", FieldType.DECIMAL), alpha("ZDIMUOM", 3));

    /** Header dictionary: {@link #HEADER} and the shipping-feed extras. */
    public static final OrderHeaderFields HEADERS = new OrderHeaderFields(HEADER, SHIPPING_EXTRAS);

    private PurchaseOrderFields() {
    }
}
