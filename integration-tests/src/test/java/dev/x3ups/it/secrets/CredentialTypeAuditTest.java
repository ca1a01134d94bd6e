package dev.x3ups.it.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.junit.jupiter.api.Test;

class CredentialTypeAuditTest {

    @Test
    void flagsACredentialDeclaredAsAPlainString() {
        ConfigDef def = new ConfigDef()
                .define("x3.password", Type.PASSWORD, null, Importance.HIGH, "ok")
                .define("x3.client.secret", Type.STRING, null, Importance.HIGH, "leaks in validate and logs")
                .define("webhook.credential", Type.LIST, "", Importance.HIGH, "leaks too")
                .define("x3.client.id", Type.STRING, null, Importance.HIGH, "not a credential");

        assertThat(CredentialTypeAudit.violations("demo", def))
                .extracting(CredentialTypeAudit.Violation::key)
                .containsExactlyInAnyOrder("x3.client.secret", "webhook.credential");
        assertThat(CredentialTypeAudit.violations("demo", def).toString())
                .contains("demo: 'x3.client.secret' looks like a credential but is STRING, not PASSWORD");
    }

    @Test
    void allowListedNamesMayBeStrings() {
        ConfigDef def = new ConfigDef()
                .define("x3.refresh.token.file", Type.STRING, "", Importance.MEDIUM, "a path")
                .define("x3.token.url", Type.STRING, null, Importance.MEDIUM, "a URL");

        assertThat(CredentialTypeAudit.violations("demo", def)).isEmpty();
    }

    @Test
    void reportsAllowListEntriesNoConnectorDefines() {
        ConfigDef def = new ConfigDef().define("x3.token.url", Type.STRING, null, Importance.MEDIUM, "a URL");

        assertThat(CredentialTypeAudit.unusedAllowListEntries(Map.of("demo", def)))
                .contains("x3.refresh.token.file", "listener.token.path")
                .doesNotContain("x3.token.url");
    }
}
