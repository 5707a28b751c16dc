package io.hitstream.resolver.grpc;

import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.resolver.domain.AnswerFactory;
import io.hitstream.resolver.domain.NameStore;
import io.hitstream.resolver.domain.PtrLookup;
import io.hitstream.resolver.domain.ResolverSettings;
import io.hitstream.resolver.domain.ResolverStatistics;
import io.hitstream.resolver.domain.ReverseResolver;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the resolver answer straight in the contract's messages, from the parts the service wires. */
public class ResolverOfMessages {

    @Produces
    @Singleton
    ReverseResolver<Resolution> resolver(ResolverSettings settings, PtrLookup dns, AnswerFactory answers,
            NameStore store, ResolverStatistics statistics) {
        return new ReverseResolver<>(settings, dns, answers, ResolutionMessages.FORM, store, statistics,
                Clock.systemUTC());
    }
}
