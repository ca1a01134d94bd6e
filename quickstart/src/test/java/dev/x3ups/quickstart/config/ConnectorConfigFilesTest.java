package dev.x3ups.quickstart.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorConfigFilesTest {

    @TempDir
    Path dir;

    private final ConnectorConfigFiles files = new ConnectorConfigFiles();

    @Test
    void loadsWhatExistsInCreationOrderAndNamesWhatIsMissing() throws IOException {
        write("sage-x3-source-connector.json", "{\"name\":\"x3-source\",\"config\":{\"connector.class\":\"S\"}}");
        write("ups-tracking-source-connector.json", "{\"name\":\"tracking\",\"config\":{\"connector.class\":\"T\"}}");

        ConnectorConfigFiles.Loaded loaded = files.load(dir);

        assertThat(loaded.connectors()).extracting(ConnectorConfig::name).containsExactly("tracking", "x3-source");
        assertThat(loaded.missing()).containsExactly("label-printer-sink-connector.json",
                "sage-x3-sink-connector.json", "ups-sink-connector.json");
    }

    @Test
    void numbersAndBooleansBecomeTheStringsConnectExpects() throws IOException {
        Path file = write("x.json", "{\"name\":\"n\",\"config\":{\"tasks.max\":2,\"subscription.enabled\":true,"
                + "\"connector.class\":\"C\"}}");

        ConnectorConfig c = files.read(file);

        assertThat(c.config()).containsEntry("tasks.max", "2").containsEntry("subscription.enabled", "true");
        assertThat(c.connectorClass()).isEqualTo("C");
    }

    @Test
    void aFileWithoutNameOrConfigIsRefusedNamingTheFile() throws IOException {
        Path file = write("bad.json", "{\"config\":{}}");

        assertThatThrownBy(() -> files.read(file)).hasMessageContaining("bad.json").hasMessageContaining("\"name\"");
    }

    @Test
    void invalidJsonIsRefusedNamingTheFile() throws IOException {
        Path file = write("broken.json", "{\"name\": ");

        assertThatThrownBy(() -> files.read(file)).hasMessageContaining("broken.json is not valid JSON");
    }

    @Test
    void toStringNeverShowsValues() {
        ConnectorConfig c = new ConnectorConfig("ups-sink", java.util.Map.of("ups.client.secret", "s3cr3t"));

        assertThat(c.toString()).doesNotContain("s3cr3t").contains("ups-sink");
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }
}
