package io.hitstream.report.domain;

/**
 * One column of a panel's table: its name in JSON, CSV and the {@code sort} parameter, its heading on the page,
 * how its values read, and which counted-key field it shows (for panels read from the counted keys).
 */
public record PanelColumn(String name, String heading, Kind kind, Field field) {

    /** How a column's values are shown. */
    public enum Kind {
        /** Text from a log, shown as is (escaped). */
        TEXT,
        /** A URL from a log: a link when it is http or https, else text. */
        LINK,
        /** A period of a time panel; sorts in time order, not as text. */
        PERIOD,
        COUNT,
        BYTES,
        /** A latency in microseconds, shown in milliseconds. */
        MICROS,
        PERCENT,
        /** Log lines kept as samples, newest first: a list of texts, shown as is (escaped), never sorted by. */
        SAMPLES;

        public boolean numeric() {
            return this != TEXT && this != LINK && this != PERIOD && this != SAMPLES;
        }
    }

    /** Which field of a counted key a column shows; OTHER for columns of panels computed otherwise. */
    public enum Field { KEY, KEY2, HITS, BYTES, AVG_LATENCY, OTHER }

    static PanelColumn text(String name, String heading, Field field) {
        return new PanelColumn(name, heading, Kind.TEXT, field);
    }

    static PanelColumn link(String name, String heading, Field field) {
        return new PanelColumn(name, heading, Kind.LINK, field);
    }

    static PanelColumn of(String name, String heading, Kind kind) {
        return new PanelColumn(name, heading, kind, Field.OTHER);
    }

    static final PanelColumn HITS = new PanelColumn("hits", "Hits", Kind.COUNT, Field.HITS);
    static final PanelColumn BYTES = new PanelColumn("bytes", "Bytes", Kind.BYTES, Field.BYTES);
}
