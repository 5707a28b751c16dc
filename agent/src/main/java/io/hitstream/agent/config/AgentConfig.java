package io.hitstream.agent.config;

import java.time.Duration;
import java.util.List;

/**
 * The agent's configuration file as written (agent/agent.example.yaml documents every key); a key left out takes
 * its default, a section left out takes all of them. Values are checked once the whole file is read, so that a
 * misspelt key is reported as such rather than as the setting it failed to set.
 *
 * @param ingest where ingest is and how to authenticate to it
 * @param batch how lines are batched and how many batches may be unacknowledged
 * @param follow how files are watched
 * @param retry how failed calls are tried again
 * @param stateFile where the state (which file was live at each path) is kept; the status file goes beside it
 * @param statusInterval how often the status file is rewritten
 * @param streams the streams to follow, at least one
 */
public record AgentConfig(Ingest ingest, Batch batch, Follow follow, Retry retry, String stateFile,
        Duration statusInterval, List<Stream> streams) {

    public AgentConfig {
        ingest = ingest == null ? new Ingest(null, null, null, null, null) : ingest;
        batch = batch == null ? new Batch(null, null, null, null, null) : batch;
        follow = follow == null ? new Follow(null, null, null, null) : follow;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
        statusInterval = statusInterval == null ? Duration.ofSeconds(5) : statusInterval;
        streams = streams == null ? List.of() : List.copyOf(streams);
    }

    /**
     * @param servers ingest addresses, host:port, tried in turn (default localhost:8180)
     * @param token the bearer token itself (prefer tokenFile, or the HITSTREAM_AGENT_TOKEN variable)
     * @param tokenFile a file holding the bearer token
     * @param tls whether to use TLS (default false; true when tlsCa is set)
     * @param tlsCa a PEM file of the CA certificates to trust (default: the JVM's trust store)
     */
    public record Ingest(List<String> servers, String token, String tokenFile, Boolean tls, String tlsCa) {
        public Ingest {
            servers = servers == null || servers.isEmpty() ? List.of("localhost:8180") : List.copyOf(servers);
            tls = tlsCa != null || Boolean.TRUE.equals(tls);
        }
    }

    /**
     * @param lines at most so many lines per batch (default 50000, ingest's own limit: batches are sized by bytes)
     * @param bytes at most so many bytes per batch (default 1 MiB; ingest refuses more than its own limit, 4 MiB by default)
     * @param linger how long a partial batch waits for more lines (default 200ms)
     * @param window at most so many batches unacknowledged per stream (default 8)
     * @param ackTimeout a call whose oldest batch is unanswered this long is given up and made again (default 60s)
     */
    public record Batch(Integer lines, Integer bytes, Duration linger, Integer window, Duration ackTimeout) {
        public Batch {
            lines = lines == null ? 50_000 : lines;
            bytes = bytes == null ? 1024 * 1024 : bytes;
            linger = linger == null ? Duration.ofMillis(200) : linger;
            window = window == null ? 8 : window;
            ackTimeout = ackTimeout == null ? Duration.ofSeconds(60) : ackTimeout;
        }
    }

    /**
     * @param pollInterval how often files are checked for new lines and rotation (default 250ms)
     * @param idleTimeout a file not written this long is closed and reopened (default 20s, as pmdaweblog's -n)
     * @param rotationGrace a file replaced at its path is finished once not written this long (default 2s)
     * @param backfill on a stream's first start, ship its rotated files first, oldest first (default false)
     */
    public record Follow(Duration pollInterval, Duration idleTimeout, Duration rotationGrace, Boolean backfill) {
        public Follow {
            pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
            idleTimeout = idleTimeout == null ? Duration.ofSeconds(20) : idleTimeout;
            rotationGrace = rotationGrace == null ? Duration.ofSeconds(2) : rotationGrace;
            backfill = Boolean.TRUE.equals(backfill);
        }
    }

    /**
     * @param initialBackoff the wait after a first failure (default 500ms)
     * @param maxBackoff the longest wait (default 30s)
     * @param multiplier how much the wait grows per failure (default 2)
     * @param jitter the part of each wait taken off at random, 0 to 1 (default 0.2)
     */
    public record Retry(Duration initialBackoff, Duration maxBackoff, Double multiplier, Double jitter) {
        public Retry {
            initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
            multiplier = multiplier == null ? 2.0 : multiplier;
            jitter = jitter == null ? 0.2 : jitter;
        }
    }

    /**
     * @param site the site (virtual host) the access log belongs to
     * @param host the web host that writes it (default: this machine's host name)
     * @param format its log format: a preset name as ingest knows it (default combined), an Apache LogFormat or
     *     nginx log_format string, or "" for the format ingest is configured with for the site
     * @param accessLog the access log's path
     * @param errorLog an error log whose lines are counted per level (optional)
     */
    public record Stream(String site, String host, String format, String accessLog, String errorLog) {
        public Stream {
            format = format == null ? "combined" : format;
        }
    }
}
