package io.hitstream.agent.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** What to generate: how many lines in all, over how many days from which UTC date, the seed, and the sites. */
public record SampleSettings(int lines, int days, LocalDate start, long seed, List<String> sites) {

    /** A site names a file, so it must be a plain host name. */
    private static final Pattern SITE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");

    public SampleSettings {
        if (lines < 0) {
            throw new IllegalArgumentException("the number of lines must not be negative, got " + lines);
        }
        if (days < 1) {
            throw new IllegalArgumentException("the number of days must be at least 1, got " + days);
        }
        if (sites.isEmpty() || sites.stream().distinct().count() != sites.size()) {
            throw new IllegalArgumentException("need at least one site and no site twice, got " + sites);
        }
        for (String site : sites) {
            if (!SITE_NAME.matcher(site).matches()) {
                throw new IllegalArgumentException("not a site host name: '" + site + "'");
            }
        }
        sites = List.copyOf(sites);
    }
}
