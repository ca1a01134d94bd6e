package dev.x3ups.ups.client.ship;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Label image formats UPS offers; the thermal ones need a stock size. */
public enum LabelFormat {
    GIF, ZPL, EPL, SPL;

    boolean thermal() {
        return this != GIF;
    }

    /** Fills a ship or label recovery {@code LabelSpecification}: the format, and 4x6 stock for thermal printers. */
    void specify(ObjectNode labelSpecification) {
        labelSpecification.putObject("LabelImageFormat").put("Code", name());
        if (thermal()) {
            ObjectNode stock = labelSpecification.putObject("LabelStockSize");
            stock.put("Height", "6");
            stock.put("Width", "4");
        } else {
            labelSpecification.put("HTTPUserAgent", "Mozilla/4.5");
        }
    }
}
