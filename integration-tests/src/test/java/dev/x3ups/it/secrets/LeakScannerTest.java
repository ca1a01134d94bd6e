package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeakScannerTest {

    private final SecretCatalog catalog = new SecretCatalog();
    private final LeakScanner scanner = new LeakScanner(catalog);

    @Test
    void findsEveryOccurrenceWithLabelAndSurface() {
        catalog.add("x3 password", "X3-pass-9f2c1e77");
        catalog.add("ups secret", "UPS-secret-4b8a");

        List<Leak> leaks = scanner.scan("log", "user=a password=X3-pass-9f2c1e77 retry X3-pass-9f2c1e77 and UPS-secret-4b8a");

        assertThat(leaks).extracting(Leak::secretLabel).containsExactlyInAnyOrder("x3 password", "x3 password", "ups secret");
        assertThat(leaks).allSatisfy(l -> assertThat(l.surface()).isEqualTo("log"));
    }

    @Test
    void reportsNothingForCleanContent() {
        catalog.add("x3 password", "X3-pass-9f2c1e77");

        assertThat(scanner.scan("config topic", "{\"x3.password\":\"${encrypted:k1:v1.abc.def}\"}")).isEmpty();
        assertThat(scanner.scan("empty", "")).isEmpty();
        assertThat(scanner.scan("absent", (byte[]) null)).isEmpty();
    }

    @Test
    void scansBytesAndManySurfaces() {
        catalog.add("token", "eyJhbGciOiJIUzI1NiJ9.payload");

        List<Leak> leaks = scanner.scanAll(Map.of("topic a", "nothing", "topic b", "Bearer eyJhbGciOiJIUzI1NiJ9.payload"));
        List<Leak> fromBytes = scanner.scan("record", "x eyJhbGciOiJIUzI1NiJ9.payload".getBytes(StandardCharsets.UTF_8));

        assertThat(leaks).singleElement().satisfies(l -> assertThat(l.surface()).isEqualTo("topic b"));
        assertThat(fromBytes).singleElement().satisfies(l -> assertThat(l.offset()).isEqualTo(2));
    }

    @Test
    void aLeakNeverPrintsTheSecretEvenWhenAnotherIsCutAtTheEdge() {
        String password = "X3-pass-9f2c1e77";
        String other = "UPS-secret-4b8a-0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz-end";
        catalog.add("x3 password", password);
        catalog.add("ups secret", other);

        List<Leak> leaks = scanner.scan("log", "p=" + password + " s=" + other);

        assertThat(leaks).hasSize(2);
        assertThat(leaks.toString()).doesNotContain(password).doesNotContain(other.substring(0, 20))
                .doesNotContain(other.substring(other.length() - 20)).contains("<secret>");
    }

    @Test
    void refusesValuesTooShortToSearchFor() {
        assertThatThrownBy(() -> catalog.add("pin", "1234")).hasMessageContaining("pin").hasMessageNotContaining("1234");
        catalog.addIfSearchable("short token", "abc");
        assertThat(catalog.size()).isZero();
    }

    @Test
    void catalogPrintsLabelsOnly() {
        catalog.add("x3 password", "X3-pass-9f2c1e77");
        catalog.add("again", "X3-pass-9f2c1e77");

        assertThat(catalog.toString()).contains("x3 password").doesNotContain("X3-pass");
        assertThat(catalog.size()).isEqualTo(1);
        assertThat(catalog.count("x3")).isEqualTo(1);
    }
}
