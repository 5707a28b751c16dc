package io.hitstream.report.web;

import io.hitstream.report.domain.SiteTotals;
import java.util.List;

/** The body of {@code GET /api/v1/sites}. */
public record SitesJson(List<SiteTotals> sites) {
}
