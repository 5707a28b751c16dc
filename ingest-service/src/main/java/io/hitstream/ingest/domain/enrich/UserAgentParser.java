package io.hitstream.ingest.domain.enrich;

import io.hitstream.ingest.domain.BoundedText;
import java.util.Locale;
import java.util.Set;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * Classifies one user-agent string with uap-java (ua-parser's shared regexes). uap names browser, OS and device
 * model but no device class, so the class is derived here: a crawler is a {@code Robot}; an iPad, a tablet model or
 * an Android device without {@code Mobile} in its string (Google's rule for Android tablets) a {@code Tablet};
 * other Android and iOS devices and Windows Phone a {@code Phone}; the desktop systems a {@code Desktop}.
 */
final class UserAgentParser {
    /** Longest value kept of a family: uap's names may quote part of the string. */
    static final int MAX_NAME_LENGTH = 64;
    private static final String OTHER = "Other";
    private static final String SPIDER = "Spider";
    /** Scripts and command-line clients, which AWStats counts with the robots and uap does not name as spiders. */
    private static final Set<String> SCRIPTED_CLIENTS = Set.of("curl", "Wget", "Python Requests", "Go-http-client");
    private static final Set<String> DESKTOP_SYSTEMS = Set.of(
            "Windows", "Mac OS X", "Linux", "Ubuntu", "Chrome OS", "Fedora", "Debian", "FreeBSD", "OpenBSD");

    private final Parser parser = new Parser();

    UserAgentClass classify(String userAgent) {
        Client client = parser.parse(userAgent);
        String family = bounded(client.userAgent.family);
        String os = bounded(client.os.family);
        boolean crawler = SPIDER.equals(client.device.family) || SCRIPTED_CLIENTS.contains(family)
                || family.toLowerCase(Locale.ROOT).contains("bot");
        String browser = client.userAgent.major == null ? family : bounded(family + ' ' + client.userAgent.major);
        String device = crawler ? "Robot" : deviceClass(os, client.device.family, userAgent);
        return new UserAgentClass(browser, os, device, crawler ? family : "");
    }

    private static String deviceClass(String os, String model, String userAgent) {
        if ("iPad".equals(model) || model.contains("Tablet") || model.startsWith("Kindle")) {
            return "Tablet";
        }
        if ("Android".equals(os)) {
            return userAgent.contains("Mobile") ? "Phone" : "Tablet";
        }
        if ("iOS".equals(os) || "Windows Phone".equals(os)) {
            return "Phone";
        }
        return DESKTOP_SYSTEMS.contains(os) ? "Desktop" : OTHER;
    }

    private static String bounded(String name) {
        return name == null || name.isBlank() ? OTHER : BoundedText.truncate(name, MAX_NAME_LENGTH);
    }
}
