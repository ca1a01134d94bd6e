package dev.x3ups.embedded.connect;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedConnectTest {

    private final List<FakeWorker> created = new ArrayList<>();

    @Test
    void startsTheRequestedWorkersInOneGroup() {
        EmbeddedConnect connect = EmbeddedConnect.builder("127.0.0.1:9092").groupId("connect-orders").workers(3)
                .build(factory(null));

        connect.start();

        assertThat(connect.runningWorkers()).hasSize(3);
        assertThat(created).extracting(w -> w.properties().get("group.id")).containsOnly("connect-orders");
        assertThat(created).extracting(ConnectWorker::name).containsExactlyInAnyOrder(
                "connect-orders-worker-0", "connect-orders-worker-1", "connect-orders-worker-2");
    }

    @Test
    void closeStopsEveryWorker() {
        EmbeddedConnect connect = EmbeddedConnect.builder("b:1").workers(2).build(factory(null));
        connect.start();
        connect.addWorker();

        connect.close();

        assertThat(created).hasSize(3).noneMatch(FakeWorker::isRunning);
    }

    @Test
    void aWorkerFailingToStartStopsTheOthers() {
        EmbeddedConnect connect = EmbeddedConnect.builder("b:1").groupId("g").workers(2).build(factory("g-worker-1"));

        assertThatThrownBy(connect::start).hasMessageContaining("g-worker-1");
        assertThat(created).noneMatch(FakeWorker::isRunning);
    }

    @Test
    void inProcessWorkersCannotBeKilled() {
        EmbeddedConnect connect = EmbeddedConnect.builder("b:1").build(factory(null)).start();

        assertThatThrownBy(() -> connect.killWorker(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("addForkedWorker");
        assertThat(connect.worker(0).isRunning()).isTrue();
    }

    @Test
    void forkedClusterForksEveryWorker() {
        EmbeddedConnect connect = EmbeddedConnect.builder("b:1").workers(2).forkedWorkers(true).build(factory(null));

        connect.start();
        connect.addWorker();

        assertThat(created).hasSize(3).allMatch(w -> w.forked);
    }

    @Test
    void stoppedWorkersLeaveTheRestClientToARunningOne() {
        EmbeddedConnect connect = EmbeddedConnect.builder("b:1").workers(2).build(factory(null)).start();

        connect.stopWorker(0);

        assertThat(connect.rest().baseUrl()).isEqualTo(created.get(1).restUrl());
        connect.stopWorker(1);
        assertThatThrownBy(connect::rest).hasMessageContaining("no running worker");
    }

    @Test
    void rejectsAClusterWithoutWorkersOrBroker() {
        assertThatThrownBy(() -> EmbeddedConnect.builder("b:1").workers(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedConnect.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private EmbeddedConnect.WorkerFactory factory(String failing) {
        return new EmbeddedConnect.WorkerFactory() {
            @Override
            public ConnectWorker inProcess(String name, Map<String, String> properties) {
                return add(new FakeWorker(name, properties, false, name.equals(failing)));
            }

            @Override
            public ConnectWorker forked(String name, Map<String, String> properties) {
                return add(new FakeWorker(name, properties, true, name.equals(failing)));
            }
        };
    }

    private synchronized FakeWorker add(FakeWorker worker) {
        created.add(worker);
        return worker;
    }

    private static final class FakeWorker implements ConnectWorker {
        private final String name;
        private final Map<String, String> properties;
        private final boolean forked;
        private final boolean failsToStart;
        private volatile boolean running;

        FakeWorker(String name, Map<String, String> properties, boolean forked, boolean failsToStart) {
            this.name = name;
            this.properties = properties;
            this.forked = forked;
            this.failsToStart = failsToStart;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start(Duration timeout) {
            if (failsToStart) {
                throw new IllegalStateException(name + " did not start");
            }
            running = true;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public URI restUrl() {
            return URI.create("http://127.0.0.1:" + (8000 + Math.abs(name.hashCode() % 1000)) + "/");
        }

        @Override
        public Map<String, String> properties() {
            return properties;
        }

        @Override
        public void stop() {
            running = false;
        }
    }
}
