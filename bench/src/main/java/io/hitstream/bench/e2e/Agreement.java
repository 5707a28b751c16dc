package io.hitstream.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Where Hitstream's totals of a site differ from GoAccess's on the same file, one line per difference. */
final class Agreement {
    private Agreement() {
    }

    static List<String> differences(String site, Totals ours, Totals goaccess) {
        List<String> differences = new ArrayList<>();
        compare(differences, site, "requests", ours.hits(), goaccess.hits());
        compare(differences, site, "bytes", ours.bytes(), goaccess.bytes());
        compare(differences, site, "unreadable lines", ours.unreadable(), goaccess.unreadable());
        for (String statusClass : goaccess.statusClasses().keySet()) {
            compare(differences, site, "status " + statusClass, ours.statusClasses().getOrDefault(statusClass, 0L),
                    goaccess.statusClasses().get(statusClass));
        }
        for (int rank = 0; rank < Math.max(ours.topUrls().size(), goaccess.topUrls().size()); rank++) {
            compare(differences, site, "top URL " + (rank + 1), at(ours.topUrls(), rank), at(goaccess.topUrls(), rank));
        }
        return differences;
    }

    private static String at(List<String> list, int index) {
        return index < list.size() ? list.get(index) : "(none)";
    }

    private static void compare(List<String> differences, String site, String what, Object ours, Object theirs) {
        if (!Objects.equals(ours, theirs)) {
            differences.add(site + " " + what + ": Hitstream " + ours + ", GoAccess " + theirs);
        }
    }
}
