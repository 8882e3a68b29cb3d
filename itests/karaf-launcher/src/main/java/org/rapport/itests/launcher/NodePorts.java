package org.rapport.itests.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * The ports of one node, handed to the distribution through its environment ({@code RAPPORT_HTTP_PORT},
 * {@code RAPPORT_SSH_PORT}, {@code RAPPORT_RMI_REGISTRY_PORT}, {@code RAPPORT_RMI_SERVER_PORT}). Each kind of test
 * picks its own range, clear of a developer's Rapport (8080, 8101, 1099, 44444) and of the other tests.
 */
public record NodePorts(int http, int ssh, int rmiRegistry, int rmiServer) {

    public List<Integer> all() {
        return List.of(http, ssh, rmiRegistry, rmiServer);
    }

    /** Fails with the port's number if something already listens there: a node could not start cleanly. */
    public void requireFree() {
        for (int port : all()) {
            try (ServerSocket socket = new ServerSocket()) {
                // as a server binds it: a killed node's connections in TIME_WAIT do not count as "in use"
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use (a leftover Rapport node? "
                        + "check 'ss -ltnp'); this node needs " + all(), e);
            }
        }
    }
}
