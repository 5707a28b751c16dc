package io.hitstream.report.domain;

import java.util.List;

/**
 * The summary's counts over one period; visitors are a sketch's estimate, rejected and repaired lines those ingest
 * received on the period's days.
 */
public record PeriodFigures(long hits, long pages, long visitors, long bytes, long crawlerHits, long rejectedLines,
        long repairedLines) {

    public static PeriodFigures of(List<HourTotals> hours, long visitors, List<Rejection> rejections,
            List<LineRepair> repairs) {
        return new PeriodFigures(hours.stream().mapToLong(HourTotals::hits).sum(),
                hours.stream().mapToLong(HourTotals::pages).sum(), visitors,
                hours.stream().mapToLong(HourTotals::bytes).sum(),
                hours.stream().mapToLong(HourTotals::crawlerHits).sum(),
                rejections.stream().mapToLong(Rejection::lines).sum(),
                repairs.stream().mapToLong(LineRepair::lines).sum());
    }

    /** Crawler hits as a percentage of hits, one decimal; 0 without hits. */
    public double crawlerSharePercent() {
        return hits == 0 ? 0 : Math.round(1000.0 * crawlerHits / hits) / 10.0;
    }

    /** The summary panel's figures, each with its change from {@code previous} when there is one. */
    public List<Figure> figures(PeriodFigures previous) {
        boolean compared = previous != null;
        return List.of(
                Figure.of("hits", hits, compared ? previous.hits : null),
                Figure.of("pages", pages, compared ? previous.pages : null),
                Figure.of("visitors", visitors, compared ? previous.visitors : null),
                Figure.of("bytes", bytes, compared ? previous.bytes : null),
                Figure.of("crawlerSharePercent", crawlerSharePercent(),
                        compared ? previous.crawlerSharePercent() : null),
                Figure.of("rejectedLines", rejectedLines, compared ? previous.rejectedLines : null),
                Figure.of("repairedLines", repairedLines, compared ? previous.repairedLines : null));
    }
}
