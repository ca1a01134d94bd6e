package dev.x3ups.labels.printer;

import dev.x3ups.labels.printer.config.LabelPrinterConfig;
import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.labels.printer.metrics.MetricsBinding;
import dev.x3ups.labels.printer.metrics.PrinterMetrics;
import dev.x3ups.labels.printer.spool.PrintSpooler;
import java.util.Collection;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connect-facing shell of the label printer; the work is done by {@link LabelPrinterSink}.
 *
 * <p>A printer that is down never fails the task: its documents wait in memory, {@link #preCommit} keeps each
 * partition's committed offset at its oldest waiting document, {@code context.timeout} makes Connect call
 * {@code put()} again when a retry is due, and above {@code backlog.max.documents} the task pauses its
 * partitions until the printers catch up. After a crash the uncommitted documents are read and printed again,
 * so a label may print twice but never not at all.
 */
public class LabelPrinterSinkTask extends SinkTask {
    private static final Logger LOG = LoggerFactory.getLogger(LabelPrinterSinkTask.class);

    private final Printers printers;
    private final LongSupplier clock;
    private LabelPrinterSink sink;
    private PrinterMetrics metrics;
    private TaskMetrics taskMetrics;
    private int backlogMax;
    private boolean paused;

    public LabelPrinterSinkTask() {
        this(Printers.REAL, System::currentTimeMillis);
    }

    LabelPrinterSinkTask(Printers printers, LongSupplier clock) {
        this.printers = printers;
        this.clock = clock;
    }

    @Override
    public void start(Map<String, String> props) {
        LabelPrinterConfig config = LabelPrinterConfig.from(props);
        metrics = new PrinterMetrics();
        taskMetrics = TaskMetrics.forTask(context, props);
        MetricsBinding.bind(metrics, config.sites().keySet(), taskMetrics);
        backlogMax = config.backlogMax();
        PrintSpooler spooler = new PrintSpooler(printers.forSites(config), config.retryBackoff(),
                config.retryBackoffMax(), metrics);
        sink = new LabelPrinterSink(config.sites(), spooler, new DeadLetters(reporter(), metrics));
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        long now = clock.getAsLong();
        sink.put(records, now);
        long due = sink.dueInMillis(now);
        if (due >= 0) {
            context.timeout(Math.max(1, due));
        }
        pauseOrResume(sink.backlog());
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        return sink.spooler().committable(currentOffsets);
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        if (sink != null) {
            sink.spooler().drop(partitions);
        }
    }

    @Override
    public void stop() {
        if (sink != null && sink.backlog() > 0) {
            LOG.info("Stopping with {} documents not printed yet; they are read again when the task restarts",
                    sink.backlog());
        }
        if (taskMetrics != null) {
            taskMetrics.close();
            taskMetrics = null;
        }
    }

    @Override
    public String version() {
        return Version.get();
    }

    PrinterMetrics metrics() {
        return metrics;
    }

    private void pauseOrResume(int backlog) {
        if (!paused && backlog > backlogMax) {
            paused = true;
            LOG.warn("{} documents wait for printers (more than {}): reading ups.labels pauses until they print",
                    backlog, backlogMax);
            context.pause(context.assignment().toArray(new TopicPartition[0]));
        } else if (paused && backlog <= backlogMax) {
            paused = false;
            context.resume(context.assignment().toArray(new TopicPartition[0]));
        }
    }

    private ErrantRecordReporter reporter() {
        try {
            return context.errantRecordReporter();
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            return null;
        }
    }
}
