package io.hitstream.resolver.peer;

import io.hitstream.resolver.domain.PtrLookup;
import io.hitstream.resolver.domain.PtrResult;
import io.hitstream.resolver.domain.ReverseName;
import io.vertx.core.Vertx;
import io.vertx.core.dns.DnsClient;
import io.vertx.core.dns.DnsClientOptions;
import io.vertx.core.dns.DnsException;
import io.vertx.core.dns.DnsResponseCode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * PTR queries through Vert.x's non-blocking DNS client. Servers are tried in order: the next one only when the
 * previous gave no answer (timeout, SERVFAIL, REFUSED); NXDOMAIN or an empty answer is a definite "no name".
 */
public final class VertxPtrLookup implements PtrLookup {
    private final List<DnsClient> servers;

    public VertxPtrLookup(Vertx vertx, List<InetSocketAddress> servers, Duration queryTimeout) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no DNS server to ask: configure one or list one in resolv.conf");
        }
        this.servers = servers.stream()
                .map(server -> vertx.createDnsClient(new DnsClientOptions()
                        .setHost(server.getHostString())
                        .setPort(server.getPort())
                        .setQueryTimeout(queryTimeout.toMillis())
                        .setRecursionDesired(true)))
                .toList();
    }

    @Override
    public CompletionStage<PtrResult> lookup(InetAddress address) {
        // Vert.x's own reverseLookup puts IPv6 names under in-addr.arpa, hence the name is built here.
        return ask(ReverseName.of(address), 0);
    }

    private CompletionStage<PtrResult> ask(String name, int server) {
        return servers.get(server).resolvePTR(name)
                .toCompletionStage()
                .handle(VertxPtrLookup::classify)
                .thenCompose(result -> result.kind() == PtrResult.Kind.NO_ANSWER && server + 1 < servers.size()
                        ? ask(name, server + 1)
                        : CompletableFuture.completedFuture(result));
    }

    private static PtrResult classify(String host, Throwable failure) {
        if (failure == null) {
            return host == null ? PtrResult.noName() : PtrResult.name(host);
        }
        if (failure instanceof DnsException dns && dns.code() == DnsResponseCode.NXDOMAIN) {
            return PtrResult.noName();
        }
        return PtrResult.noAnswer();
    }
}
