package io.hitstream.ingest.domain.enrich;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One of elfstatsd's request-group rules: requests with this method (any, when empty) whose whole path matches
 * the pattern belong to the group, and a call slower than the threshold counts as slow.
 */
public record RequestGroupRule(String method, Pattern path, String group, long slowThresholdMillis) {
    /** Validates the rule; the method is kept upper-case, as methods are compared. */
    public RequestGroupRule {
        method = method.toUpperCase(Locale.ROOT);
        if (group.isBlank()) {
            throw new IllegalArgumentException("a request group needs a name (path " + path + ")");
        }
        if (slowThresholdMillis <= 0) {
            throw new IllegalArgumentException("request group " + group + ": slow threshold must be positive");
        }
    }

    /** Whether a request's method is this rule's, or the rule takes any. */
    boolean matchesMethod(String requestMethod) {
        return method.isEmpty() || method.equals(requestMethod);
    }

    /** Whether a request's whole path matches this rule's pattern. */
    boolean matchesPath(String requestPath) {
        return path.matcher(requestPath).matches();
    }

    /** Whether a call of {@code latencyMicros} is slow for this group. */
    public boolean isSlow(long latencyMicros) {
        return latencyMicros > slowThresholdMillis * 1000;
    }
}
