package dev.x3ups.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Fails when a connector's ConfigDef changed and the README's tables were not regenerated. Fix with
 * {@code mvn -B -ntp -pl config-docs -am install -DskipTests -Dx3ups.docs.write=true} … or simply run
 * this test with {@code -Dx3ups.docs.write=true}, which rewrites the README instead of failing.
 */
class ReadmeIsCurrentTest {

    @Test
    void readmeConfigTablesMatchTheConfigDefs() throws IOException {
        Path readme = Path.of(System.getProperty("x3ups.readme", "../README.md"));
        String current = Files.readString(readme, StandardCharsets.UTF_8);
        String regenerated = ConfigDocs.regenerate(current);
        if (Boolean.getBoolean("x3ups.docs.write") && !regenerated.equals(current)) {
            Files.writeString(readme, regenerated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(current)
                .as("README.md config tables are stale: rerun with -Dx3ups.docs.write=true and commit README.md")
                .isEqualTo(regenerated);
    }
}
