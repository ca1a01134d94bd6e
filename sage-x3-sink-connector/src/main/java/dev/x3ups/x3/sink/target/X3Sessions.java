package dev.x3ups.x3.sink.target;

import dev.x3ups.x3.client.X3Client;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.sink.config.TargetKind;
import dev.x3ups.x3.sink.config.X3Connection;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import java.util.Map;

/** Opens {@link X3Session}s; the connector and task use {@link #REAL}, tests pass fakes. */
@FunctionalInterface
public interface X3Sessions {

    X3Sessions REAL = X3Sessions::openReal;

    X3Session open(X3SinkConfig config);

    private static X3Session openReal(X3SinkConfig config) {
        X3Client client = X3Client.open(X3Connection.clientConfig(config));
        TrackingTarget target;
        Check check;
        if (config.target() == TargetKind.GRAPHQL) {
            GraphQlOperations operations = config.graphQlOperations();
            target = new GraphQlMutationTarget(client.graphQl(), operations, config.graphQlFields());
            // Runs the site's read query: proves the token and the query document in one call.
            check = () -> client.graphQl().execute(operations.readQuery(), Map.of("id", ""));
        } else {
            X3Representation representation = X3Representation.of(
                    config.getString(X3SinkConfig.TARGET_CLASS_CONFIG).trim(),
                    config.getString(X3SinkConfig.TARGET_REPRESENTATION_CONFIG).trim());
            target = new Api1ClassTarget(client.records(), representation,
                    config.getString(X3SinkConfig.TARGET_KEY_FIELD_CONFIG).trim(),
                    config.getString(X3SinkConfig.TARGET_KIND_FIELD_CONFIG), config.api1Fields());
            // A one-row $query of the target class: proves credentials, endpoint, class and representation.
            check = () -> client.records().checkAccess(representation);
        }
        return new X3Session() {
            @Override
            public TrackingTarget target() {
                return target;
            }

            @Override
            public void checkAccess() throws X3Exception {
                check.run();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    /** An access check. */
    interface Check {
        void run() throws X3Exception;
    }
}
