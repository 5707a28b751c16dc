package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleStateTest {
    private static final Instant TEN = Instant.parse("2024-03-05T10:00:00Z");
    private static final Instant TEN_ONE = Instant.parse("2024-03-05T10:01:00Z");
    private static final Instant TEN_TWO = Instant.parse("2024-03-05T10:02:00Z");

    private static Reading traffic(double hits, boolean holds) {
        return new Reading(AlertRule.TRAFFIC, hits, 600, 2, holds);
    }

    @Test
    void aConditionThatHoldsRaisesAtTheWindowEnd() {
        RuleState.Step step = RuleState.NEW.next(traffic(1100, true), TEN, 2);

        assertEquals(new RuleState(TEN, 0, TEN), step.state());
        assertEquals(
                Optional.of(new Transition(AlertRule.TRAFFIC, Transition.Kind.RAISED, 1100, 600, 2, TEN, null, "")),
                step.transition());
    }

    @Test
    void theSameWindowEndEvaluatedAgainChangesNothing() {
        RuleState open = new RuleState(TEN, 1, TEN_ONE);

        assertEquals(new RuleState.Step(open, Optional.empty()), open.next(traffic(100, false), TEN_ONE, 2));
    }

    @Test
    void anOpenAlertRecoversOnlyAfterTheConfiguredClearMinutes() {
        RuleState.Step first = new RuleState(TEN, 0, TEN).next(traffic(200, false), TEN_ONE, 2);
        RuleState.Step second = first.state().next(traffic(150, false), TEN_TWO, 2);

        assertEquals(new RuleState.Step(new RuleState(TEN, 1, TEN_ONE), Optional.empty()), first);
        assertEquals(new RuleState(null, 0, TEN_TWO), second.state());
        assertEquals(
                Optional.of(new Transition(AlertRule.TRAFFIC, Transition.Kind.RECOVERED, 150, 600, 2, TEN, TEN_TWO, "")),
                second.transition());
    }

    @Test
    void holdingAgainBeforeRecoveryResetsTheClearCount() {
        RuleState.Step step = new RuleState(TEN, 1, TEN_ONE).next(traffic(1100, true), TEN_TWO, 2);

        assertEquals(new RuleState.Step(new RuleState(TEN, 0, TEN_TWO), Optional.empty()), step);
    }
}
