package io.hitstream.report.domain;

import java.util.Set;

/**
 * Who reads a report: an admin (every site), a viewer (the sites granted to them), or nobody signed in.
 *
 * @param name the user's name; empty for {@link #ANONYMOUS}
 */
public record Reader(String name, boolean admin, Set<String> sites) {
    public static final Reader ANONYMOUS = new Reader("", false, Set.of());

    public Reader {
        sites = Set.copyOf(sites);
    }

    public boolean signedIn() {
        return !name.isEmpty();
    }
}
