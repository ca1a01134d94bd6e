package dev.x3ups.ups.client;

/** One entry of UPS's {@code response.errors[]} envelope. */
public record UpsError(String code, String message) {
    @Override
    public String toString() {
        return code + " " + message;
    }
}
