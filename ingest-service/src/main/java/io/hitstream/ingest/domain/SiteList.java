package io.hitstream.ingest.domain;

import java.util.ArrayList;
import java.util.List;

/** Reads a comma-separated list of site names, as tokens files and {@code token-sites} write them. */
final class SiteList {
    private SiteList() {
    }

    /** The names, stripped of spaces around the commas; an empty name or one with a space inside is refused. */
    static List<String> parse(String list) {
        List<String> sites = new ArrayList<>();
        for (String name : list.split(",", -1)) {
            sites.add(checked(name.strip()));
        }
        return sites;
    }

    /** The names of a list already split at its commas (as SmallRye splits a list setting), checked the same way. */
    static List<String> checked(List<String> names) {
        return names.stream().map(name -> checked(name.strip())).toList();
    }

    private static String checked(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty site name in the site list");
        }
        if (name.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("site name '" + name + "' contains a space");
        }
        return name;
    }
}
