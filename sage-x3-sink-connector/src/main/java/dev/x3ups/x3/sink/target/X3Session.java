package dev.x3ups.x3.sink.target;

import dev.x3ups.x3.client.X3Exception;

/** A task's connection to X3: the write target and an access check; closing it releases the connections. */
public interface X3Session extends AutoCloseable {

    TrackingTarget target();

    /** Authenticates and touches the configured target, without writing anything. */
    void checkAccess() throws X3Exception;

    @Override
    void close();
}
