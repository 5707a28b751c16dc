package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequestGroupsTest {
    private final RequestGroups groups = new RequestGroups(List.of(
            new RequestGroupRule("post", Pattern.compile("/api/orders(/.*)?"), "order-writes", 800),
            new RequestGroupRule("", Pattern.compile("/api/.*"), "api", 300),
            new RequestGroupRule("GET", Pattern.compile("/.*"), "pages", 1000)));

    @Test
    void theFirstMatchingRuleNamesTheGroup() {
        assertEquals("order-writes", groupOf("POST", "/api/orders/7"));
    }

    @Test
    void aRuleForAnotherMethodIsSkipped() {
        assertEquals("api", groupOf("GET", "/api/orders/7"));
    }

    @Test
    void aRuleWithoutMethodTakesEveryMethod() {
        assertEquals("api", groupOf("DELETE", "/api/users/1"));
    }

    @Test
    void theWholePathMustMatch() {
        assertEquals(Optional.empty(), groups.groupOf("PUT", "/v2/api/x"));
    }

    @Test
    void aRequestNoRuleMatchesIsInNoGroup() {
        assertEquals(Optional.empty(), groups.groupOf("PUT", "/upload"));
    }

    @Test
    void theRulesOfAPathAreThoseItsPathMatchesInOrderWhateverTheirMethod() {
        assertEquals(List.of("order-writes", "api", "pages"),
                groups.rulesOf("/api/orders").stream().map(RequestGroupRule::group).toList());
    }

    @Test
    void theGroupOfAPathsRulesIsTheFirstThatTakesTheMethod() {
        assertEquals("api", RequestGroups.groupOf("GET", groups.rulesOf("/api/orders/7")).orElseThrow().group());
    }

    @Test
    void aCallOverTheThresholdIsSlowAndOneAtItIsNot() {
        RequestGroupRule api = groups.groupOf("GET", "/api/x").orElseThrow();

        assertTrue(api.isSlow(300_001));
        assertFalse(api.isSlow(300_000));
    }

    @Test
    void aRuleWithoutPositiveThresholdIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RequestGroupRule("GET", Pattern.compile("/.*"), "pages", 0));
    }

    private String groupOf(String method, String path) {
        return groups.groupOf(method, path).orElseThrow().group();
    }
}
