package dev.x3ups.ups.tracking.webhook;

/** A keystore for HTTPS; the password never appears in {@link #toString()}. */
public record ListenerTls(String keystorePath, String keystorePassword, String keystoreType) {
    @Override
    public String toString() {
        return "ListenerTls[keystorePath=" + keystorePath + ", keystoreType=" + keystoreType + ", password=****]";
    }
}
