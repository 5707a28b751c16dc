package io.hitstream.report.domain;

/** A signed-in viewer asked for a site not granted to them (or one that does not exist: the answer is the same). */
public class SiteForbiddenException extends RuntimeException {
    public SiteForbiddenException(String user, String site) {
        super(user + " may not read " + site + ": an admin can grant it in the users file");
    }
}
