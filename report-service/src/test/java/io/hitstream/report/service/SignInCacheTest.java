package io.hitstream.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.report.domain.Reader;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInCacheTest {
    private static final Reader ANNA = new Reader("anna", false, Set.of("www.example.org"));

    @Test
    void theRememberedPasswordSignsInAsItsReader() {
        SignInCache cache = new SignInCache(10, Duration.ofMinutes(10));
        cache.remember("anna", "correct horse", ANNA);

        assertEquals(Optional.of(ANNA), cache.reader("anna", "correct horse"));
    }

    @Test
    void anotherPasswordOrNameIsNotRemembered() {
        SignInCache cache = new SignInCache(10, Duration.ofMinutes(10));
        cache.remember("anna", "correct horse", ANNA);

        assertEquals(Optional.empty(), cache.reader("anna", "correct horse "));
        assertEquals(Optional.empty(), cache.reader("anna", ""));
        assertEquals(Optional.empty(), cache.reader("bob", "correct horse"));
    }

    @Test
    void sizeZeroRemembersNobody() {
        SignInCache cache = new SignInCache(0, Duration.ofMinutes(10));
        cache.remember("anna", "correct horse", ANNA);

        assertEquals(Optional.empty(), cache.reader("anna", "correct horse"));
    }
}
