package dev.x3ups.x3.simulator.api1;

/** How dimensioned fields (BPDADDLIG(0..2)) appear in api1 JSON; X3's real choice is unverified. */
public enum DimensionStyle {
    /** {@code "BPDADDLIG": ["a", "b", ""]} */
    ARRAY,
    /** {@code "BPDADDLIG_1": "a", "BPDADDLIG_2": "b", "BPDADDLIG_3": ""} */
    INDEXED
}
