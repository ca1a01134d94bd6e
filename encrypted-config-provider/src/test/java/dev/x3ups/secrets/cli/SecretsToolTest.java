package dev.x3ups.secrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsToolTest {
    private final CliRun cli = new CliRun();

    @Test
    void offersKeygenAndEncryptButNoDecrypt() {
        assertThat(SecretsTool.commandLine(null, Map.<String, String>of()::get, new SecureRandom(), w -> { })
                .getSubcommands().keySet()).isEqualTo(Set.of("keygen", "encrypt"));
        assertThat(cli.run("", "decrypt")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("decrypt");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(cli.run("")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("keygen or encrypt");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(cli.run("", "--help")).isZero();
        assertThat(cli.out.toString()).contains("keygen").contains("encrypt").contains("${provider:keyId:token}");
    }
}
