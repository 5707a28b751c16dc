package io.hitstream.resolver.domain;

/**
 * The form in which the resolver hands answers out, made once per answer: a cached answer is turned into it when
 * it enters the cache, not again for every request that reads it (the gRPC layer's form is a message ready to be
 * written).
 */
@FunctionalInterface
public interface AnswerForm<F> {
    F of(NameAnswer answer);
}
