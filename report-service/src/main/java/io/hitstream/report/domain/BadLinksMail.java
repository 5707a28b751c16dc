package io.hitstream.report.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The plain-text mail of a week's bad links to a site's owners. */
public record BadLinksMail(List<String> recipients, String subject, String text) {
    // Line breaks and other controls in a URL from a log must not add lines (or headers) of their own.
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");

    public BadLinksMail {
        recipients = List.copyOf(recipients);
    }

    public static BadLinksMail of(List<String> recipients, String site, ZoneId zone, Week week,
            List<BadLinkPage> pages) {
        String subject = "Bad links on " + plain(site) + ", week of " + week.monday();
        String header = "Pages of " + plain(site) + " linked to URLs that answered 404 in the week " + week.monday()
                + " to " + week.sunday() + " (" + zone.getId() + "):\n";
        String body = pages.stream().map(BadLinksMail::page).collect(Collectors.joining());
        return new BadLinksMail(recipients, subject, header + body);
    }

    private static String page(BadLinkPage page) {
        return "\n" + plain(page.page()) + "\n" + page.links().stream()
                .map(link -> "  " + plain(link.url()) + " (" + link.hits() + (link.hits() == 1 ? " hit)\n" : " hits)\n"))
                .collect(Collectors.joining());
    }

    private static String plain(String text) {
        return CONTROLS.matcher(text).replaceAll("\uFFFD");
    }
}
