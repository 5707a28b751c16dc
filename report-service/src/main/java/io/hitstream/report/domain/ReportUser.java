package io.hitstream.report.domain;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** A user who may sign in to the report: a name, a bcrypt hash of the password, and what they may read. */
public record ReportUser(Reader reader, String passwordHash) {
    /** Hashes cost 2^10 rounds: slow for a guesser, about 50 ms for a sign-in. */
    private static final int COST = 10;
    /** Checked when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String DECOY_HASH = BCrypt.withDefaults().hashToString(COST, "decoy".toCharArray());

    /** An admin whose password is given in plain text (the built-in admin), hashed at once. */
    public static ReportUser admin(String name, String password) {
        return new ReportUser(new Reader(name, true, Set.of()),
                BCrypt.withDefaults().hashToString(COST, password.toCharArray()));
    }

    public boolean passwordMatches(String password) {
        return verify(password, passwordHash);
    }

    /** Spends a password check's time on nothing, for a name nobody has. */
    public static void checkNobody(String password) {
        verify(password, DECOY_HASH);
    }

    private static boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
