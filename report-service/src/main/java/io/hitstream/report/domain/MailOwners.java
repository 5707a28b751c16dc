package io.hitstream.report.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who gets each site's bad-links mail, from one setting: {@code site=mail[,mail…]} entries separated by {@code ;},
 * such as {@code www.example.org=web@example.org,ops@example.org;shop.example.org=shop@example.org}.
 */
public final class MailOwners {

    private MailOwners() {
    }

    /** The recipients by site, sites in code point order; blank entries are skipped, a malformed one is refused naming itself. */
    public static Map<String, List<String>> parse(String setting) {
        Map<String, List<String>> owners = new TreeMap<>();
        for (String entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            List<String> mails = equals < 0 ? List.of() : Arrays.stream(entry.substring(equals + 1).split(","))
                    .map(String::strip).filter(mail -> !mail.isEmpty()).toList();
            String site = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (site.isEmpty() || mails.isEmpty() || mails.stream().anyMatch(mail -> !mail.contains("@"))) {
                throw new IllegalArgumentException("bad mail owners entry \"" + entry.strip()
                        + "\": write site=mail[,mail…], entries separated by ;");
            }
            owners.put(site, mails);
        }
        return Collections.unmodifiableMap(owners);
    }
}
