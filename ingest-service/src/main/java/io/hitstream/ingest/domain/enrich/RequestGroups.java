package io.hitstream.ingest.domain.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A site's request groups: ordered rules, and the first that matches a request names its group (elfstatsd's way). */
public final class RequestGroups {
    /** A site without rules: no request is in a group. */
    public static final RequestGroups NONE = new RequestGroups(List.of());

    private final List<RequestGroupRule> rules;

    /** The rules in the order they are tried. */
    public RequestGroups(List<RequestGroupRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rule of the group a request belongs to, if any. */
    public Optional<RequestGroupRule> groupOf(String method, String path) {
        return groupOf(method, rulesOf(path));
    }

    /** The rules whose path pattern a request path matches, in the order they are tried, whatever their method. */
    public List<RequestGroupRule> rulesOf(String path) {
        List<RequestGroupRule> matching = new ArrayList<>();
        for (RequestGroupRule rule : rules) {
            if (rule.matchesPath(path)) {
                matching.add(rule);
            }
        }
        return matching.isEmpty() ? List.of() : List.copyOf(matching);
    }

    /** The rule of the group a request belongs to, of the rules its path matches ({@link #rulesOf}), if any. */
    public static Optional<RequestGroupRule> groupOf(String method, List<RequestGroupRule> pathRules) {
        for (RequestGroupRule rule : pathRules) {
            if (rule.matchesMethod(method)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
