package dev.x3ups.it.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class its own broker and Connect cluster, started before its first test and stopped
 * after its last, instead of the JVM-wide shared one. Use it for several workers, exactly-once source,
 * worker settings of its own or a Testcontainers broker.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DedicatedCluster {

    int workers() default 1;

    /** Sets {@code exactly.once.source.support=enabled} on every worker. */
    boolean exactlyOnceSource() default false;

    BrokerKind broker() default BrokerKind.EMBEDDED;

    /**
     * Runs each worker in its own child JVM so failover tests can kill one
     * ({@code cluster.connect().killWorker(i)}). Costs about a second more per worker.
     */
    boolean forkedWorkers() default false;

    /** Extra worker settings as {@code key=value}. */
    String[] workerConfig() default {};
}
