package io.hitstream.agent.config;

import java.time.Duration;
import java.util.List;

/**
 * The agent's configuration file as written (agent/agent.example.yaml documents every key); a key left out takes
 * its default, a section left out takes all of them. The {@code DEFAULT_} constants, written as the file writes
 * them, are the agent's one source of defaults: the commands' options and help read them, and a test holds the
 * example file to them. Values are checked once the whole file is read, so that a
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

    /** Where the state is kept unless configured, as help shows it ({@link AgentConfigFile#defaultStateFile()}). */
    public static final String DEFAULT_STATE_FILE = "$XDG_STATE_HOME/hitstream-agent/state.json";
    public static final String DEFAULT_STATUS_INTERVAL = "5s";

    public AgentConfig {
        ingest = ingest == null ? new Ingest(null, null, null, null, null) : ingest;
        batch = batch == null ? new Batch(null, null, null, null, null) : batch;
        follow = follow == null ? new Follow(null, null, null, null, null) : follow;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
        statusInterval = statusInterval == null ? DurationText.parse(DEFAULT_STATUS_INTERVAL) : statusInterval;
        streams = streams == null ? List.of() : List.copyOf(streams);
    }

    /**
     * @param servers ingest addresses, host:port, tried in turn
     * @param token the bearer token itself (prefer tokenFile, or the HITSTREAM_AGENT_TOKEN variable)
     * @param tokenFile a file holding the bearer token
     * @param tls whether to use TLS (true when tlsCa is set)
     * @param tlsCa a PEM file of the CA certificates to trust (default: the JVM's trust store)
     */
    public record Ingest(List<String> servers, String token, String tokenFile, Boolean tls, String tlsCa) {
        public static final String DEFAULT_SERVER = "localhost:8180";
        public static final String DEFAULT_TLS = "false";

        public Ingest {
            servers = servers == null || servers.isEmpty() ? List.of(DEFAULT_SERVER) : List.copyOf(servers);
            tls = tlsCa != null || (tls == null ? Boolean.parseBoolean(DEFAULT_TLS) : tls);
        }
    }

    /**
     * @param lines at most so many lines per batch (by default ingest's own limit, so that bytes size a batch)
     * @param bytes at most so many bytes per batch (ingest refuses more than its own limit, 4 MiB by default)
     * @param linger how long a partial batch waits for more lines
     * @param window at most so many batches unacknowledged per stream
     * @param ackTimeout a call whose oldest batch is unanswered this long is given up and made again
     */
    public record Batch(Integer lines, Integer bytes, Duration linger, Integer window, Duration ackTimeout) {
        public static final String DEFAULT_LINES = "50000";
        public static final String DEFAULT_BYTES = "1048576";
        public static final String DEFAULT_LINGER = "200ms";
        public static final String DEFAULT_WINDOW = "8";
        public static final String DEFAULT_ACK_TIMEOUT = "60s";

        public Batch {
            lines = lines == null ? Integer.parseInt(DEFAULT_LINES) : lines;
            bytes = bytes == null ? Integer.parseInt(DEFAULT_BYTES) : bytes;
            linger = linger == null ? DurationText.parse(DEFAULT_LINGER) : linger;
            window = window == null ? Integer.parseInt(DEFAULT_WINDOW) : window;
            ackTimeout = ackTimeout == null ? DurationText.parse(DEFAULT_ACK_TIMEOUT) : ackTimeout;
        }
    }

    /**
     * @param pollInterval how often files are checked for new lines and rotation
     * @param idleTimeout a file not written this long is closed and reopened (as pmdaweblog's -n)
     * @param rotationGrace a file replaced at its path is finished once not written this long
     * @param rotatedWatch a finished rotated file is still watched this long after its last write, and what is
     *     written into it meanwhile is shipped ("0s": closed when finished)
     * @param backfill on a stream's first start, ship its rotated files first, oldest first
     */
    public record Follow(Duration pollInterval, Duration idleTimeout, Duration rotationGrace, Duration rotatedWatch,
            Boolean backfill) {
        public static final String DEFAULT_POLL_INTERVAL = "250ms";
        public static final String DEFAULT_IDLE_TIMEOUT = "20s";
        public static final String DEFAULT_ROTATION_GRACE = "2s";
        public static final String DEFAULT_ROTATED_WATCH = "5m";
        public static final String DEFAULT_BACKFILL = "false";

        public Follow {
            pollInterval = pollInterval == null ? DurationText.parse(DEFAULT_POLL_INTERVAL) : pollInterval;
            idleTimeout = idleTimeout == null ? DurationText.parse(DEFAULT_IDLE_TIMEOUT) : idleTimeout;
            rotationGrace = rotationGrace == null ? DurationText.parse(DEFAULT_ROTATION_GRACE) : rotationGrace;
            rotatedWatch = rotatedWatch == null ? DurationText.parse(DEFAULT_ROTATED_WATCH) : rotatedWatch;
            backfill = backfill == null ? Boolean.parseBoolean(DEFAULT_BACKFILL) : backfill;
        }
    }

    /**
     * @param initialBackoff the wait after a first failure
     * @param maxBackoff the longest wait
     * @param multiplier how much the wait grows per failure
     * @param jitter the part of each wait taken off at random, 0 to 1
     */
    public record Retry(Duration initialBackoff, Duration maxBackoff, Double multiplier, Double jitter) {
        public static final String DEFAULT_INITIAL_BACKOFF = "500ms";
        public static final String DEFAULT_MAX_BACKOFF = "30s";
        public static final String DEFAULT_MULTIPLIER = "2";
        public static final String DEFAULT_JITTER = "0.2";

        public Retry {
            initialBackoff = initialBackoff == null ? DurationText.parse(DEFAULT_INITIAL_BACKOFF) : initialBackoff;
            maxBackoff = maxBackoff == null ? DurationText.parse(DEFAULT_MAX_BACKOFF) : maxBackoff;
            multiplier = multiplier == null ? Double.parseDouble(DEFAULT_MULTIPLIER) : multiplier;
            jitter = jitter == null ? Double.parseDouble(DEFAULT_JITTER) : jitter;
        }
    }

    /**
     * @param site the site (virtual host) the access log belongs to
     * @param host the web host that writes it (default: this machine's host name)
     * @param format its log format: a preset name as ingest knows it, an Apache LogFormat or
     *     nginx log_format string, or "" for the format ingest is configured with for the site
     * @param accessLog the access log's path
     * @param errorLog an error log (Apache or nginx), shipped as a stream of its own and counted per level (optional)
     */
    public record Stream(String site, String host, String format, String accessLog, String errorLog) {
        public static final String DEFAULT_FORMAT = "combined";

        public Stream {
            format = format == null ? DEFAULT_FORMAT : format;
        }
    }
}
