package dev.x3ups.x3.client.connect;

import dev.x3ups.x3.client.X3AuthenticationException;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3RejectedException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Will this work?" for {@code PUT /connector-plugins/{class}/config/validate}: runs one real call to
 * X3 and turns its failure into a problem on the setting to fix — refused credentials on the secret
 * of the auth mode, an unreachable server on {@code x3.url}, a refusal of what was asked for on the
 * setting that named it ({@code x3.endpoint} unless told otherwise). Messages carry X3's words, which
 * the client keeps free of credentials.
 *
 * <p>Never with a rotating refresh token: the trial login would spend it and lock the running task out. The
 * settings are still checked, the call is skipped and the log says so.
 */
public final class X3AccessCheck {
    private static final Logger LOG = LoggerFactory.getLogger(X3AccessCheck.class);

    /** The call that proves access, such as a one-row query. */
    @FunctionalInterface
    public interface Probe {
        void run() throws X3Exception;
    }

    private final String refusedSetting;
    private final String refusedWhat;

    X3AccessCheck(String refusedSetting, String refusedWhat) {
        this.refusedSetting = refusedSetting;
        this.refusedWhat = refusedWhat;
    }

    /** Blames a refusal on {@code x3.endpoint}. */
    public static X3AccessCheck onEndpoint() {
        return new X3AccessCheck(X3ConnectionConfig.ENDPOINT_CONFIG, "access");
    }

    /** Blames a refusal on {@code setting}, described to the operator as {@code what} (e.g. "the write-back target"). */
    public static X3AccessCheck blamingRefusalsOn(String setting, String what) {
        return new X3AccessCheck(setting, what);
    }

    /** Runs {@code probe}; empty when it succeeded or was skipped, else one problem on the setting to fix. */
    public Map<String, List<String>> check(AbstractConfig config, Probe probe) {
        String url = X3ConnectionConfig.url(config);
        AuthMode mode = X3ConnectionConfig.authMode(config);
        if (mode.loginSpendsCredential()) {
            LOG.info("X3 live check skipped for {}: logging in with {}={} would rotate the refresh token away from "
                    + "the running task; settings were checked only", url, X3ConnectionConfig.AUTH_MODE_CONFIG, mode);
            return Map.of();
        }
        try {
            probe.run();
            return Map.of();
        } catch (X3AuthenticationException e) {
            return problem(X3ConnectionConfig.authMode(config).secretSetting(),
                    "X3 refused the credentials: " + e.getMessage());
        } catch (X3RejectedException e) {
            return problem(refusedSetting, "X3 refused " + refusedWhat + " at endpoint '"
                    + X3ConnectionConfig.endpoint(config) + "': " + e.getMessage());
        } catch (X3Exception e) {
            return problem(X3ConnectionConfig.URL_CONFIG, "X3 at " + url + " did not answer"
                    + (e.httpStatus() > 0 ? " (HTTP " + e.httpStatus() + ")" : "") + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return problem(X3ConnectionConfig.URL_CONFIG, "Could not reach X3 at " + url + ": " + e.getMessage());
        }
    }

    private static Map<String, List<String>> problem(String setting, String message) {
        return Map.of(setting, List.of(message));
    }
}
