package dev.x3ups.x3.simulator.data;

/** X3 data types as they matter for serialization and comparison. */
public enum FieldType {
    /** Alphanumeric (A n). */
    ALPHA,
    /** Integer. */
    INTEGER,
    /** Local menu: small integer, 1-based. */
    MENU,
    /** Decimal number. */
    DECIMAL,
    /** Date without time. */
    DATE,
    /** Datetime in UTC, second precision. */
    DATETIME
}
