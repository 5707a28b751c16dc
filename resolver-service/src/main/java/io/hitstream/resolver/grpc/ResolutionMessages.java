package io.hitstream.resolver.grpc;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.resolver.domain.NameAnswer;
import java.util.List;

/** Maps domain answers to the v1 contract's messages. */
final class ResolutionMessages {
    private ResolutionMessages() {
    }

    static ResolveResponse response(List<io.hitstream.resolver.domain.Resolution> resolutions) {
        ResolveResponse.Builder response = ResolveResponse.newBuilder();
        for (io.hitstream.resolver.domain.Resolution resolution : resolutions) {
            NameAnswer answer = resolution.answer();
            response.addResults(Resolution.newBuilder()
                    .setIp(resolution.ip())
                    .setOutcome(outcome(answer))
                    .setHostName(answer.hostName())
                    .setRegistrableDomain(answer.registrableDomain())
                    .setTopLevelDomain(answer.topLevelDomain())
                    .setCountryCode(answer.countryCode()));
        }
        return response.build();
    }

    private static ResolveOutcome outcome(NameAnswer answer) {
        return switch (answer.outcome()) {
            case RESOLVED -> ResolveOutcome.RESOLVE_OUTCOME_RESOLVED;
            case NO_NAME -> ResolveOutcome.RESOLVE_OUTCOME_NO_NAME;
            case TIMED_OUT -> ResolveOutcome.RESOLVE_OUTCOME_TIMED_OUT;
            case DISABLED -> ResolveOutcome.RESOLVE_OUTCOME_DISABLED;
            case INVALID -> ResolveOutcome.RESOLVE_OUTCOME_INVALID;
        };
    }
}
