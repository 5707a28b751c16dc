package io.hitstream.agent.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of the machine the agent runs on, the default host of every stream it ships. */
public final class LocalHostName {

    private LocalHostName() {
    }

    /** The local host name, falling back to $HOSTNAME and then "localhost" when the system cannot tell. */
    public static String get() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }
}
