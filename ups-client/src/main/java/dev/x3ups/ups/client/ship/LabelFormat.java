package dev.x3ups.ups.client.ship;

/** Label image formats UPS offers; the thermal ones need a stock size. */
public enum LabelFormat {
    GIF, ZPL, EPL, SPL;

    boolean thermal() {
        return this != GIF;
    }
}
