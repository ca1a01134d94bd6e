package dev.x3ups.quickstart.runtime;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IsolatedClassLoaderTest {

    private final URL classes = WebhookTarget.class.getProtectionDomain().getCodeSource().getLocation();

    @Test
    void isolatedPackagesAreDefinedByTheChildOthersComeFromTheParent() throws Exception {
        try (IsolatedClassLoader loader = new IsolatedClassLoader(new URL[] {classes},
                getClass().getClassLoader(), List.of("dev.x3ups.quickstart.config."))) {

            Class<?> isolated = loader.loadClass("dev.x3ups.quickstart.config.EndpointRewriter");
            Class<?> shared = loader.loadClass(WebhookTarget.class.getName());

            assertThat(isolated.getClassLoader()).isSameAs(loader);
            assertThat(isolated).isNotSameAs(dev.x3ups.quickstart.config.EndpointRewriter.class);
            assertThat(shared).isSameAs(WebhookTarget.class);
            assertThat(loader.loadClass("java.lang.String")).isSameAs(String.class);
        }
    }

    @Test
    void anIsolatedClassTheChildLacksFallsBackToTheParent() throws Exception {
        try (IsolatedClassLoader loader = new IsolatedClassLoader(new URL[0], getClass().getClassLoader(),
                List.of("dev.x3ups.quickstart.runtime."))) {

            assertThat(loader.loadClass(WebhookTarget.class.getName())).isSameAs(WebhookTarget.class);
        }
    }
}
