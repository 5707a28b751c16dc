package io.hitstream.ingest.grpc;

import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.proto.resolver.v1.ResolverServiceGrpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The resolver as ingest sees it, served by grpc-java on a loopback port: answers from a fixed table
 * of registrable domains and countries (other addresses have none) and records each request and whether it
 * carried a deadline.
 */
final class RecordingResolver extends ResolverServiceGrpc.ResolverServiceImplBase {
    /** One request as received. */
    record Received(List<String> ips, boolean hadDeadline) {
    }

    private final Map<String, String> domains;
    private final Map<String, String> countries;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    RecordingResolver(Map<String, String> domains, Map<String, String> countries) {
        this.domains = domains;
        this.countries = countries;
    }

    @Override
    public void resolve(ResolveRequest request, StreamObserver<ResolveResponse> answer) {
        received.add(new Received(List.copyOf(request.getIpsList()), Context.current().getDeadline() != null));
        ResolveResponse.Builder response = ResolveResponse.newBuilder();
        for (String ip : request.getIpsList()) {
            String domain = domains.get(ip);
            response.addAnswers(Resolution.newBuilder()
                    .setOutcome(domain == null ? ResolveOutcome.RESOLVE_OUTCOME_NO_NAME : ResolveOutcome.RESOLVE_OUTCOME_RESOLVED)
                    .setHostName(domain == null ? "" : "host." + domain)
                    .setRegistrableDomain(domain == null ? "" : domain)
                    .setCountryCode(countries.getOrDefault(ip, "")));
        }
        answer.onNext(response.build());
        answer.onCompleted();
    }

    /** How many addresses each request asked for, smallest first. */
    List<Integer> requestSizes() {
        return received.stream().map(r -> r.ips().size()).sorted().toList();
    }

    /** The requests asking for this address, in arrival order. */
    List<Received> requestsFor(String ip) {
        return received.stream().filter(r -> r.ips().contains(ip)).toList();
    }
}
