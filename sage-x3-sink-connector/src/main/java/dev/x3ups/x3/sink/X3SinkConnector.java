package dev.x3ups.x3.sink;

import dev.x3ups.connect.ConnectorCore;
import dev.x3ups.connect.ConnectorValidation;
import dev.x3ups.connect.CoreSinkConnector;
import dev.x3ups.x3.sink.config.X3SinkConfig;
import dev.x3ups.x3.sink.target.X3Sessions;

/**
 * Writes UPS tracking numbers, delivery status and exception flags from {@code ups.shipments} and
 * {@code ups.tracking} back to the Sage X3 order.
 *
 * <p>Runs one task whatever {@code tasks.max} says: ledger records are keyed by order and tracking
 * events by tracking number, so two tasks could write the same order at once from stale knowledge
 * and regress its status. The task writes many orders concurrently instead ({@code max.in.flight.orders}).
 */
public class X3SinkConnector extends CoreSinkConnector {

    public X3SinkConnector() {
        this(new AccessCheck(X3Sessions.REAL));
    }

    /** {@code validate()}: field checks, cross-field checks, then — only if all passed — X3 login and target. */
    X3SinkConnector(AccessCheck accessCheck) {
        super(new ConnectorCore(X3SinkConfig.CONFIG_DEF, X3SinkTask.class, Version.get(), X3SinkConfig.CHECKS::enforce,
                ConnectorCore.TaskSplit.ONE_TASK, ConnectorValidation.of(X3SinkConfig.CHECKS.localChecks(),
                        (props, values) -> accessCheck.check(props, ConnectorValidation.byName(values)))));
    }
}
