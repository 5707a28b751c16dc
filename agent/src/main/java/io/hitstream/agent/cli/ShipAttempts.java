package io.hitstream.agent.cli;

import io.grpc.StatusRuntimeException;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.wire.Backoff;
import io.hitstream.agent.wire.RetryPolicy;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Ships a file again after a failure that can pass (ingest restarting, overloaded, or out of reach), waiting the
 * retry policy's backoff, until shipping has made no progress for {@code retryFor}. A refusal (a token, a site, a
 * format, a file that does not fit what ingest committed) fails at once. Each attempt resumes where ingest says the
 * file is committed and the shipper keeps its counts across attempts, so the summary stays exact.
 */
final class ShipAttempts {

    private final RetryPolicy policy;
    private final Duration retryFor;
    private final Consumer<String> say;
    private final RandomGenerator random;

    ShipAttempts(RetryPolicy policy, Duration retryFor, Consumer<String> say, RandomGenerator random) {
        this.policy = policy;
        this.retryFor = retryFor;
        this.say = say;
        this.random = random;
    }

    ShipResult ship(FileShipper shipper) throws InterruptedException {
        Backoff backoff = policy.backoff(random);
        long stalledSince = System.nanoTime();
        long offsetAtStall = shipper.acknowledgedOffset();
        while (true) {
            try {
                return shipper.ship();
            } catch (StreamFailure failure) {
                if (shipper.acknowledgedOffset() != offsetAtStall) {
                    backoff.reset();
                    stalledSince = System.nanoTime();
                    offsetAtStall = shipper.acknowledgedOffset();
                }
                Duration delay = backoff.next();
                if (!passing(failure) || System.nanoTime() - stalledSince + delay.toNanos() > retryFor.toNanos()) {
                    throw failure;
                }
                say.accept(failure.getMessage() + "; trying again in "
                        + String.format(Locale.ROOT, "%.1f s", delay.toMillis() / 1000.0));
                Thread.sleep(delay.toMillis());
            }
        }
    }

    /** A failure of the call itself with a status the policy retries; a file's or a refusal's failure is final. */
    private boolean passing(StreamFailure failure) {
        return failure.getCause() instanceof StatusRuntimeException call && policy.retryable(call.getStatus().getCode());
    }
}
