package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsersFileTest {
    /** "secret" at bcrypt cost 4. */
    private static final String HASH = "$2a$04$5wDOM0ewVdBF6uz55z2.A.NTaXiOBjuOxQn5xl7idrp8hC6LlzekK";

    @Test
    void readsAdminsAndViewersWithTheirSitesSkippingCommentsAndBlankLines() {
        Map<String, ReportUser> users = UsersFile.parse(List.of("# who reads", "", "ann " + HASH + " admin",
                "vic  " + HASH + "  viewer a.example,b.example"));
        assertEquals(new Reader("ann", true, Set.of()), users.get("ann").reader());
        assertEquals(new Reader("vic", false, Set.of("a.example", "b.example")), users.get("vic").reader());
    }

    @Test
    void thePasswordIsCheckedAgainstTheHash() {
        ReportUser ann = UsersFile.parse(List.of("ann " + HASH + " admin")).get("ann");
        assertTrue(ann.passwordMatches("secret"));
        assertFalse(ann.passwordMatches("Secret"));
    }

    @Test
    void aLineWithoutABcryptHashIsRefusedWithItsNumber() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UsersFile.parse(List.of("# users", "ann plaintext admin")));
        assertEquals("users file line 2: expected <name> <bcrypt-hash> admin|viewer [sites]", refused.getMessage());
    }

    @Test
    void aViewerWithoutSitesIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UsersFile.parse(List.of("vic " + HASH + " viewer")));
        assertEquals("users file line 1: a viewer needs its sites, comma-separated", refused.getMessage());
    }

    @Test
    void anUnknownRoleIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UsersFile.parse(List.of("vic " + HASH + " owner a.example")));
        assertEquals("users file line 1: role must be admin or viewer, not owner", refused.getMessage());
    }

    @Test
    void aNameGivenTwiceIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UsersFile.parse(List.of("ann " + HASH + " admin", "ann " + HASH + " viewer a.example")));
        assertEquals("users file line 2: ann is named twice", refused.getMessage());
    }
}
