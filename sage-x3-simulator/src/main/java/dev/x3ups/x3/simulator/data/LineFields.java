package dev.x3ups.x3.simulator.data;

/**
 * The names one order class gives its line values; sales and purchase lines carry the same values.
 *
 * @param number      line number ({@code SOPLIN}, {@code POPLIN})
 * @param sequence    schedule sequence within the line
 * @param quantity    ordered quantity in the order unit
 * @param unit        order unit
 * @param unitToStock stock units per order unit
 * @param lineWeight  line weight in the site's weight unit {@code DSPWEU}
 */
record LineFields(String number, String sequence, String quantity, String unit, String unitToStock,
                  String lineWeight) {
}
