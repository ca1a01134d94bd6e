package dev.x3ups.x3.source.metrics;

import dev.x3ups.connect.metrics.TaskMetrics;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.common.metrics.Sensor;

/**
 * The X3 source task's metrics: JMX {@code kafka.connect:type=plugins} tagged with connector and
 * task on every supported worker (see {@link TaskMetrics}).
 */
public final class SourceMetrics implements AutoCloseable {

    private final TaskMetrics metrics;
    private final Sensor orders;
    private final Sensor pages;
    private final Sensor errors;
    private final Sensor passedOver;
    private final Sensor unchanged;

    public SourceMetrics(TaskMetrics metrics) {
        this.metrics = metrics;
        orders = metrics.counter("orders-polled", "orders read from X3 and handed to Connect");
        pages = metrics.counter("pages-read", "pages of changed orders read from X3");
        errors = metrics.counter("errors", "failed X3 calls, transient or not");
        passedOver = metrics.counter("orders-passed-over", "changed order rows passed over without a details read: "
                + "our own write-back's echo, or a revision already read in full");
        unchanged = metrics.counter("orders-unchanged", "orders read whose content was what the task last emitted "
                + "for them (only their timestamp moved): not emitted again");
    }

    public void ordersPolled(int count) {
        if (count > 0) {
            orders.record(count);
        }
    }

    public void passedOver(int count) {
        if (count > 0) {
            passedOver.record(count);
        }
    }

    public void unchanged(int count) {
        if (count > 0) {
            unchanged.record(count);
        }
    }

    public void pageRead() {
        pages.record();
    }

    public void error() {
        errors.record();
    }

    /** Registers the lag gauge of one entity: milliseconds behind the X3 clock. */
    public void lag(String entity, LongSupplier lagMillis) {
        metrics.gauge("lag-ms", "Milliseconds behind the X3 clock: changes older than this have been read",
                Map.of("entity", entity), lagMillis::getAsLong);
    }

    /** Removes the metrics; safe to call more than once (Connect may stop a task twice). */
    @Override
    public void close() {
        metrics.close();
    }
}
