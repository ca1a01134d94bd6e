package dev.x3ups.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorJarsTest {

    @TempDir
    Path target;

    @Test
    void childClasspathTakesTheBuildsJettyAndEverythingElseButJettyFromLib() throws Exception {
        String version = UpsSimulatorProcess.SimulatorJars.jettyVersion();
        Path jetty = Files.createDirectories(target.resolve("ups-simulator"));
        Path lib = Files.createDirectories(target.resolve("lib"));
        Files.createFile(jetty.resolve("jetty-server-" + version + ".jar"));
        Files.createFile(jetty.resolve("jetty-server-0.0.1.jar")); // left over from an earlier build
        Files.createFile(lib.resolve("jetty-server-12.0.39.jar"));
        Files.createFile(lib.resolve("ups-simulator-0.1.0-SNAPSHOT.jar"));
        Files.createFile(lib.resolve("jackson-databind-2.23.0.jar"));

        String classpath = new UpsSimulatorProcess.SimulatorJars(jetty, lib).classpath();

        assertThat(classpath.split(File.pathSeparator)).containsExactly(
                jetty.resolve("jetty-server-" + version + ".jar").toString(),
                lib.resolve("jackson-databind-2.23.0.jar").toString(),
                lib.resolve("ups-simulator-0.1.0-SNAPSHOT.jar").toString());
    }

    @Test
    void missingJarsSayHowToBuildThem() {
        assertThatThrownBy(() -> new UpsSimulatorProcess.SimulatorJars(target.resolve("a"), target.resolve("b"))
                .classpath()).hasMessageContaining("build the benchmarks module");
    }
}
