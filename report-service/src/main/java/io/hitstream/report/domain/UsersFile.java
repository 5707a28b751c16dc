package io.hitstream.report.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the users file: {@code <name> <bcrypt-hash> admin} or {@code <name> <bcrypt-hash> viewer <site>[,<site>…]}
 * per line; blank lines and lines starting with {@code #} are skipped.
 */
public final class UsersFile {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private UsersFile() {
    }

    /** The users by name; a line that is not a user fails with its line number and what is wrong. */
    public static Map<String, ReportUser> parse(List<String> lines) {
        Map<String, ReportUser> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            ReportUser user = user(line, i + 1);
            if (users.putIfAbsent(user.reader().name(), user) != null) {
                throw new IllegalArgumentException("users file line " + (i + 1) + ": " + user.reader().name()
                        + " is named twice");
            }
        }
        return users;
    }

    private static ReportUser user(String line, int number) {
        String[] fields = line.split("\\s+");
        String where = "users file line " + number + ": ";
        if (fields.length < 3 || !BCRYPT.matcher(fields[1]).matches()) {
            throw new IllegalArgumentException(where + "expected <name> <bcrypt-hash> admin|viewer [sites]");
        }
        return switch (fields[2]) {
            case "admin" -> {
                if (fields.length != 3) {
                    throw new IllegalArgumentException(where + "an admin sees every site; list no sites");
                }
                yield new ReportUser(new Reader(fields[0], true, Set.of()), fields[1]);
            }
            case "viewer" -> {
                if (fields.length != 4) {
                    throw new IllegalArgumentException(where + "a viewer needs its sites, comma-separated");
                }
                yield new ReportUser(new Reader(fields[0], false, sites(fields[3])), fields[1]);
            }
            default -> throw new IllegalArgumentException(where + "role must be admin or viewer, not " + fields[2]);
        };
    }

    private static Set<String> sites(String list) {
        return Arrays.stream(list.split(",")).filter(site -> !site.isEmpty()).collect(Collectors.toSet());
    }
}
