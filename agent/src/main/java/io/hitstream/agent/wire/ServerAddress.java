package io.hitstream.agent.wire;

/** Where ingest listens, written {@code host:port} or {@code [ipv6]:port}. */
public record ServerAddress(String host, int port) {

    private static final int MAX_PORT = 65535;

    public ServerAddress {
        if (host.isBlank() || port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException("not a server address: " + host + ":" + port);
        }
    }

    /** Parses {@code host:port}; an IPv6 literal goes in brackets. */
    public static ServerAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected host:port, got '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("an IPv6 address goes in brackets, e.g. [::1]:8180, got '" + text + "'");
        }
        try {
            return new ServerAddress(host, Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a port number in '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
