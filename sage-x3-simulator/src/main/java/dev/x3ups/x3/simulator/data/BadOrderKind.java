package dev.x3ups.x3.simulator.data;

/** Ways a generated order is wrong for UPS, each the kind of data a real X3 folder holds. */
public enum BadOrderKind {
    US_ADDRESS_WITHOUT_STATE,
    ADDRESS_LINE_TOO_LONG,
    INVALID_POSTAL_CODE,
    LINE_WITHOUT_WEIGHT,
    /** Goods to another country with an item whose master has no HS code: no commercial invoice possible. */
    GOODS_WITHOUT_HS_CODE
}
