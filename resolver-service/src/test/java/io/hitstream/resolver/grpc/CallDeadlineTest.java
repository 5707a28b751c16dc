package io.hitstream.resolver.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Deadline;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallDeadlineTest {

    @Test
    void timeoutHeaderInMillisecondsSetsADeadlineThatFarAhead() {
        Deadline deadline = CallDeadline.parse("1500m").orElseThrow();

        long left = deadline.timeRemaining(TimeUnit.MILLISECONDS);
        assertTrue(left > 1000 && left <= 1500, "remaining " + left + " ms");
    }

    @Test
    void timeoutHeaderInEveryUnitIsUnderstood() {
        assertTrue(CallDeadline.parse("2H").orElseThrow().timeRemaining(TimeUnit.MINUTES) > 110);
        assertTrue(CallDeadline.parse("3M").orElseThrow().timeRemaining(TimeUnit.SECONDS) > 170);
        assertTrue(CallDeadline.parse("4S").orElseThrow().timeRemaining(TimeUnit.MILLISECONDS) > 3000);
        assertTrue(CallDeadline.parse("99999999u").isPresent());
        assertTrue(CallDeadline.parse("99999999n").isPresent());
    }

    @Test
    void malformedOrMissingHeaderGivesNoDeadline() {
        assertEquals(Optional.empty(), CallDeadline.parse(null));
        assertEquals(Optional.empty(), CallDeadline.parse("123456789m"));
        assertEquals(Optional.empty(), CallDeadline.parse("10x"));
        assertEquals(Optional.empty(), CallDeadline.parse("-5S"));
    }
}
