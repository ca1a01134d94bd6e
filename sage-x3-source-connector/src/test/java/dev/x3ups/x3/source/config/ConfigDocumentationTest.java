package dev.x3ups.x3.source.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's settings tables generated from the {@code ConfigDef}. To refresh them after
 * changing a setting: {@code mvn -pl sage-x3-source-connector test -Dtest=ConfigDocumentationTest -Dx3.docs.write=true}.
 */
class ConfigDocumentationTest {

    private static final String BEGIN = "<!-- BEGIN GENERATED CONFIG -->\n";
    private static final String END = "<!-- END GENERATED CONFIG -->";
    private static final Path README = Path.of("README.md");

    @Test
    void tablesListEveryKeyInItsGroup() {
        String markdown = ConfigDocumentation.markdown();

        for (String key : X3SourceConfig.CONFIG_DEF.names()) {
            assertThat(markdown).contains("| `" + key + "` |");
        }
        assertThat(markdown.indexOf("### Connection")).isLessThan(markdown.indexOf("### Authentication"));
        assertThat(markdown).contains("| `x3.password` | password |  |").contains("| `topic` | string | `x3.orders` |");
    }

    @Test
    void readmeHoldsTheGeneratedTables() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has the generated-config markers").isNotNegative();
        String generated = ConfigDocumentation.markdown();
        if (Boolean.getBoolean("x3.docs.write")) {
            readme = readme.substring(0, begin + BEGIN.length()) + generated + readme.substring(end);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
        }
        assertThat(readme.substring(begin + BEGIN.length(), readme.indexOf(END)))
                .as("README.md tables are stale; regenerate with -Dx3.docs.write=true").isEqualTo(generated);
    }
}
