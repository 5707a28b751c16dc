package io.hitstream.report.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** What stats does in every commit that changes rollups, for the fixtures that write them instead of stats. */
final class DataVersions {
    private DataVersions() {
    }

    /** Moves every site's data version, in the fixture's transaction. */
    static void moveAll(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("INSERT INTO site_data_versions AS v (site, version) SELECT site, 1 FROM site"
                    + " ORDER BY site ON CONFLICT (site) DO UPDATE SET version = v.version + 1");
        }
    }
}
