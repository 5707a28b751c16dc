package io.hitstream.resolver.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A UDP DNS endpoint on a loopback port that either swallows every query (a server that never answers) or passes
 * each one to a real server after a delay (a slow server). Counts the queries it receives, per name, and the
 * most it held at once.
 */
public final class UdpDnsRelay implements AutoCloseable {
    private static final int MAX_PACKET = 4096;

    private final DatagramSocket socket;
    private final InetSocketAddress upstream;
    private final Duration delay;
    private final ScheduledExecutorService forwarders = Executors.newScheduledThreadPool(8);
    private final Map<String, LongAdder> queriesByName = new ConcurrentHashMap<>();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger mostHeld = new AtomicInteger();
    private final Thread receiver;

    private UdpDnsRelay(InetSocketAddress upstream, Duration delay) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        this.upstream = upstream;
        this.delay = delay;
        this.receiver = new Thread(this::receive, "udp-dns-relay-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    /** A DNS server that receives queries and never answers. */
    public static UdpDnsRelay silent() throws SocketException {
        return new UdpDnsRelay(null, Duration.ZERO);
    }

    /** A DNS server that answers like {@code upstream}, each answer {@code delay} late. */
    public static UdpDnsRelay delaying(InetSocketAddress upstream, Duration delay) throws SocketException {
        return new UdpDnsRelay(upstream, delay);
    }

    /** The server as the resolver's configuration writes it. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public long queries() {
        return queriesByName.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long queriesFor(String name) {
        LongAdder count = queriesByName.get(name);
        return count == null ? 0 : count.sum();
    }

    /** The most queries this relay was holding (received, not yet answered) at the same time. */
    public int mostHeldAtOnce() {
        return mostHeld.get();
    }

    private void receive() {
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(new byte[MAX_PACKET], MAX_PACKET);
            try {
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
            queriesByName.computeIfAbsent(questionName(query), name -> new LongAdder()).increment();
            mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
            if (upstream != null) {
                SocketAddress client = packet.getSocketAddress();
                forwarders.schedule(() -> forward(query, client), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void forward(byte[] query, SocketAddress client) {
        try (DatagramSocket toUpstream = new DatagramSocket()) {
            toUpstream.setSoTimeout(5_000);
            toUpstream.send(new DatagramPacket(query, query.length, upstream));
            DatagramPacket answer = new DatagramPacket(new byte[MAX_PACKET], MAX_PACKET);
            toUpstream.receive(answer);
            held.decrementAndGet();
            socket.send(new DatagramPacket(answer.getData(), answer.getLength(), client));
        } catch (IOException e) {
            throw new IllegalStateException("relay to " + upstream + " failed", e);
        }
    }

    /** The first question's name, labels joined by dots, as DNS sends it after the 12-byte header. */
    private static String questionName(byte[] query) {
        StringBuilder name = new StringBuilder();
        int at = 12;
        while (at < query.length && query[at] != 0) {
            int length = query[at] & 0xff;
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(new String(query, at + 1, Math.min(length, query.length - at - 1), StandardCharsets.US_ASCII));
            at += length + 1;
        }
        return name.toString();
    }

    @Override
    public void close() {
        socket.close();
        forwarders.shutdownNow();
    }
}
