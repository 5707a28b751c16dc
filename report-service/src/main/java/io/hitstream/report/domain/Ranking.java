package io.hitstream.report.domain;

import java.util.Arrays;
import java.util.Optional;

/** The rankings a report downloads whole, by the name in their path and the heading of their key column. */
public enum Ranking {
    URLS("urls", "url"),
    CLIENT_DOMAINS("client-domains", "domain");

    private final String pathName;
    private final String keyHeading;

    Ranking(String pathName, String keyHeading) {
        this.pathName = pathName;
        this.keyHeading = keyHeading;
    }

    public String pathName() {
        return pathName;
    }

    public String keyHeading() {
        return keyHeading;
    }

    public static Optional<Ranking> named(String pathName) {
        return Arrays.stream(values()).filter(ranking -> ranking.pathName.equals(pathName)).findFirst();
    }
}
