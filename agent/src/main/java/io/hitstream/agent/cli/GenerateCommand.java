package io.hitstream.agent.cli;

import io.hitstream.agent.generate.GeneratedLog;
import io.hitstream.agent.generate.GeneratedSample;
import io.hitstream.agent.generate.SampleLogGenerator;
import io.hitstream.agent.generate.SampleSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: writes deterministic sample access logs, and names for their clients, for demos and tests. */
@Command(name = "generate", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Writes sample access logs in combined format, DIR/<site>.access.log for each site, "
                + "lines in time order (UTC), about 0.5%% of them junk, and DIR/clients.hosts, made-up host names "
                + "for most of their client addresses (a hosts file for a local DNS server). "
                + "The same arguments give the same bytes.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
    private Path out;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "50000",
            description = "Lines in all, over every site (default: ${DEFAULT-VALUE}).")
    private int lines;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7",
            description = "Days the lines spread over (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", defaultValue = "2026-11-01",
            description = "First day, in UTC (default: ${DEFAULT-VALUE}).")
    private LocalDate start;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--sites", paramLabel = "SITE", split = ",",
            defaultValue = "www.example.org,shop.example.org,blog.example.org",
            description = "Sites, the first the busiest (default: ${DEFAULT-VALUE}).")
    private List<String> sites;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        GeneratedSample sample = new SampleLogGenerator(settings()).writeTo(out);
        for (GeneratedLog log : sample.logs()) {
            stdout.println(log.file() + ": " + log.lines() + " lines");
        }
        stdout.println(sample.hostsFile() + ": " + sample.namedClients() + " client names");
        stdout.flush();
        return 0;
    }

    private SampleSettings settings() {
        try {
            return new SampleSettings(lines, days, start, seed, sites);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
