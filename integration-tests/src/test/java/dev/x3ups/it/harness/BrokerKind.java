package dev.x3ups.it.harness;

/** Where the broker of a test cluster runs. */
public enum BrokerKind {
    /** In this JVM; needs nothing but Java. The default. */
    EMBEDDED,
    /**
     * In a Docker container via Testcontainers. Annotate the class with
     * {@code @Testcontainers(disabledWithoutDocker = true)} so it is skipped where no engine exists.
     */
    TESTCONTAINERS
}
