package org.rapport.itests.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * The ports of one test node: 24{n}80 (HTTP), 24{n}22 (SSH), 24{n}99 (RMI registry), 24{n}44 (RMI server).
 * Below Linux's ephemeral range (32768+), so no outgoing connection takes them, and clear of the ports of a
 * developer's Rapport (8080, 8101, 1099, 44444) and of the Pax Exam suite (48080, 48101, 41099, 44445).
 */
record NodePorts(int http, int ssh, int rmiRegistry, int rmiServer) {

    static NodePorts forNode(int number) {
        if (number < 1 || number > 9) {
            throw new IllegalArgumentException("node number 1..9: " + number);
        }
        int base = 24_000 + number * 100;
        return new NodePorts(base + 80, base + 22, base + 99, base + 44);
    }

    List<Integer> all() {
        return List.of(http, ssh, rmiRegistry, rmiServer);
    }

    /** Fails with the port's number if something already listens there: a node could not start cleanly. */
    void requireFree() {
        for (int port : all()) {
            try (ServerSocket socket = new ServerSocket()) {
                // as a server binds it: a killed node's connections in TIME_WAIT do not count as "in use"
                socket.setReuseAddress(true);
                socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use (a leftover Rapport node? "
                        + "check 'ss -ltnp'); the cluster tests need " + all(), e);
            }
        }
    }
}
