package dev.x3ups.it.harness;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Optional;

/**
 * Resolves {@link ConnectCluster} and {@link TestNames} parameters. One cluster (embedded broker, one
 * worker) is started on first use and shared by every test class in the JVM; it stops when the JUnit
 * run ends. A class annotated {@link DedicatedCluster} gets its own, stopped after the class.
 */
public final class KafkaConnectExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaConnectExtension.class);
    private static final String SHARED = "shared-cluster";
    private static final String DEDICATED = "dedicated-cluster";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ConnectCluster.class || type == TestNames.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == TestNames.class) {
            return new TestNames(context.getTestMethod().map(m -> m.getName())
                    .orElseGet(() -> context.getRequiredTestClass().getSimpleName()));
        }
        return cluster(context);
    }

    private static ConnectCluster cluster(ExtensionContext context) {
        Optional<DedicatedCluster> dedicated = Optional.ofNullable(
                context.getRequiredTestClass().getAnnotation(DedicatedCluster.class));
        if (dedicated.isPresent()) {
            ClusterSpec spec = ClusterSpec.of(dedicated.get());
            return classContext(context).getStore(NAMESPACE)
                    .computeIfAbsent(DEDICATED, key -> ConnectCluster.start(spec, PluginArchive.fromBuild()), ConnectCluster.class);
        }
        ConnectCluster shared = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SHARED, key -> ConnectCluster.start(ClusterSpec.SHARED, PluginArchive.fromBuild()), ConnectCluster.class);
        // A class that stopped the shared worker must not leave the next class without one.
        shared.ensureWorkerRunning();
        return shared;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            current = current.getParent().orElseThrow(() -> new ParameterResolutionException("no class context"));
        }
        return current;
    }
}
