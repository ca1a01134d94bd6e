package dev.x3ups.secrets.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.provider.ConfigProvider;
import picocli.CommandLine;

/** Runs the tool in-process with a given stdin and environment, capturing stdout and stderr. */
final class CliRun {
    final Map<String, String> environment = new HashMap<>();
    final List<String> warnings = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String stdin, String... args) {
        SecretInput input = new StreamSecretInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = SecretsTool.commandLine(input, environment::get, new SecureRandom(), warnings::add);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    List<String> outLines() {
        return out.toString().lines().toList();
    }

    /** Resolves a reference the way a Connect worker would, through the real provider and ConfigTransformer. */
    static String resolve(String reference, Map<String, String> providerParams, Map<String, String> env) throws Exception {
        try (ConfigProvider provider = dev.x3ups.secrets.provider.ProviderAccess.create(env)) {
            provider.configure(providerParams);
            return new ConfigTransformer(Map.of("encrypted", provider))
                    .transform(Map.of("secret", reference)).data().get("secret");
        }
    }
}
