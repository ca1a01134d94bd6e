package dev.x3ups.quickstart.ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Binds the port on all interfaces and lets go: a listener anywhere on the machine makes it fail. */
public final class SocketPortProbe implements PortProbe {

    @Override
    public boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
