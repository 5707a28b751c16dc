package io.hitstream.stats.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one rule of one site stands between evaluations: the hysteresis that raises an alert once and recovers it
 * once, counting each window end once however often (and by however many evaluators) it is evaluated.
 *
 * @param openRaisedAt the open alert's raise, null when none is open
 * @param clearEvaluations consecutive evaluated minutes in which the open alert's condition has not held
 * @param lastWindowEnd the end of the last window evaluated
 */
public record RuleState(Instant openRaisedAt, int clearEvaluations, Instant lastWindowEnd) {
    /** A rule never evaluated. */
    public static final RuleState NEW = new RuleState(null, 0, Instant.EPOCH);

    /** The state after reading a window that ends at end, and the transition it makes, if any. */
    public Step next(Reading reading, Instant end, int recoverAfter) {
        if (!end.isAfter(lastWindowEnd)) {
            return new Step(this, Optional.empty());
        }
        if (openRaisedAt == null) {
            return reading.holds()
                    ? new Step(new RuleState(end, 0, end), Optional.of(transition(reading, Transition.Kind.RAISED, end, null)))
                    : new Step(new RuleState(null, 0, end), Optional.empty());
        }
        if (reading.holds()) {
            return new Step(new RuleState(openRaisedAt, 0, end), Optional.empty());
        }
        if (clearEvaluations + 1 < recoverAfter) {
            return new Step(new RuleState(openRaisedAt, clearEvaluations + 1, end), Optional.empty());
        }
        return new Step(new RuleState(null, 0, end),
                Optional.of(transition(reading, Transition.Kind.RECOVERED, openRaisedAt, end)));
    }

    public boolean open() {
        return openRaisedAt != null;
    }

    private static Transition transition(Reading reading, Transition.Kind kind, Instant raisedAt, Instant recoveredAt) {
        return new Transition(reading.rule(), kind, reading.value(), reading.threshold(), reading.windowMinutes(),
                raisedAt, recoveredAt, reading.requestGroup());
    }

    /** A state and the transition that led to it. */
    public record Step(RuleState state, Optional<Transition> transition) {
    }
}
