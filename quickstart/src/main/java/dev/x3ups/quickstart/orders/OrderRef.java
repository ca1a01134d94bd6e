package dev.x3ups.quickstart.orders;

/** An order the quickstart created in the X3 simulator, and whether it was made unshippable on purpose. */
public record OrderRef(Kind kind, String number, boolean bad) {

    public enum Kind { SALES, PURCHASE }

    /** The record key on every topic: {@code {folder}:{SALES|PURCHASE}:{number}}. */
    public String key(String folder) {
        return folder + ":" + kind + ":" + number;
    }
}
