package io.hitstream.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** GoAccess and AWStats, each run on one site's file as its documentation says, timed like the agent. */
final class OtherTools {
    private static final String AWSTATS = "/usr/lib/cgi-bin/awstats.pl";

    private OtherTools() {
    }

    /**
     * GoAccess to JSON, the query string cut off ({@code -q}) and one item per URL rather than per URL, method and
     * protocol, as Hitstream counts URLs (its JSON lists only the 366 biggest items per panel, so a URL split by
     * method would lose its rare methods' hits); its global configuration is skipped so that only the combined
     * format given here applies.
     */
    static TimedCommand.Result goaccess(Path log, Path json, Path output) throws IOException, InterruptedException {
        return TimedCommand.run("goaccess", List.of("goaccess", log.toString(), "--no-global-config",
                "--log-format=COMBINED", "-q", "--http-method=no", "--http-protocol=no", "-o", json.toString()), Map.of(), output);
    }

    /**
     * AWStats {@code -update} with a configuration written for the site: DNS lookups off, and the site's own name
     * as SiteDomain and HostAliases so that its internal referrers are not counted as external ones.
     */
    static TimedCommand.Result awstats(String site, Path log, Path dir, Path output)
            throws IOException, InterruptedException {
        Path data = dir.resolve("data-" + site);
        // AWStats skips the lines it already counted into its data: each run starts from none.
        if (Files.isDirectory(data)) {
            try (var files = Files.list(data)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(data);
        Files.writeString(dir.resolve("awstats." + site + ".conf"), String.join("\n",
                "LogFile=\"" + log + "\"",
                "LogType=W",
                "LogFormat=1",
                "SiteDomain=\"" + site + "\"",
                "HostAliases=\"" + site + " localhost 127.0.0.1\"",
                "DNSLookup=0",
                "DirData=\"" + data + "\"",
                "DirCgi=\"/cgi-bin\"",
                "DirIcons=\"/icon\"",
                "AllowToUpdateStatsFromBrowser=0",
                ""));
        return TimedCommand.run("awstats", List.of("perl", AWSTATS, "-config=" + site, "-configdir=" + dir, "-update"),
                Map.of("AWSTATS_ENABLE_CONFIG_DIR", "1"), output);
    }
}
