package io.hitstream.report.domain;

import java.util.List;

/**
 * What a kept report answer was read for: which read, of which site as read with its data version, over which
 * range and options. Two requests share an answer only when all of it is equal, so a commit that moves the site's
 * data version makes every answer read before it unreachable.
 *
 * @param read the reading that made the answer (a summary, a site report, a panel's page…)
 * @param span the site with the version of its data read before the answer's queries ran
 * @param query what else the answer depends on: range, panel, options (each a value with equals)
 */
public record AnswerKey(String read, SiteSpan span, List<Object> query) {

    public AnswerKey {
        query = List.copyOf(query);
    }

    public static AnswerKey of(String read, SiteSpan span, Object... query) {
        return new AnswerKey(read, span, List.of(query));
    }
}
