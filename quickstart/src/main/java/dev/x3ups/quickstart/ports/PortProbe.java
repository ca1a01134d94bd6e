package dev.x3ups.quickstart.ports;

/** Whether a TCP port can be listened on right now. */
@FunctionalInterface
public interface PortProbe {
    boolean isFree(int port);
}
