package io.hitstream.ingest.domain.enrich;

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
        for (RequestGroupRule rule : rules) {
            if (rule.matches(method, path)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
