package dev.x3ups.quickstart.ports;

import dev.x3ups.quickstart.cli.PortPlan;
import dev.x3ups.quickstart.cli.PortPlan.NamedPort;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Checks every fixed port before anything starts, so a clash is one clear line instead of a stack trace. */
public final class PortCheck {

    private final PortProbe probe;

    public PortCheck() {
        this(new SocketPortProbe());
    }

    PortCheck(PortProbe probe) {
        this.probe = probe;
    }

    /** The first problem, as a one-line message naming the port and the flag to change it. */
    public Optional<String> firstProblem(PortPlan plan) {
        Set<Integer> seen = new HashSet<>();
        for (NamedPort p : plan.all()) {
            if (p.port() == 0) {
                continue;
            }
            if (!seen.add(p.port())) {
                return Optional.of("Port " + p.port() + " is given twice; the " + p.service()
                        + " needs its own: choose another with " + p.flag() + " <port>.");
            }
            if (!probe.isFree(p.port())) {
                return Optional.of("Port " + p.port() + " (" + p.service() + ") is already in use: stop what "
                        + "listens there or choose another port with " + p.flag() + " <port>.");
            }
        }
        return Optional.empty();
    }
}
