package dev.x3ups.it.harness;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an integration test running on real Kafka and Connect: its methods (and {@code @BeforeAll}
 * methods) can take {@link ConnectCluster} and {@link TestNames} parameters.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("integration")
@ExtendWith({KafkaConnectExtension.class, LogCaptureExtension.class})
public @interface ConnectIT {
}
