package io.hitstream.agent.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hitstream.agent.batch.BatchLimits;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.BearerToken;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.RetryPolicy;
import io.hitstream.agent.wire.ServerAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the agent's YAML configuration file: every key is checked (a misspelt key is an error, not a silent
 * default), relative paths are taken from the file's directory, and a token file is read.
 */
public final class AgentConfigFile {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer()))
            .build();

    private AgentConfigFile() {
    }

    /** @throws ConfigFileException naming the file, where in it, and what is wrong */
    public static AgentSetup read(Path file) {
        AgentConfig config = parse(file);
        try {
            return resolve(config, file.toAbsolutePath().getParent());
        } catch (IllegalArgumentException e) {
            throw new ConfigFileException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ConfigFileException(file + ": " + describe(e), e);
        }
    }

    /** Where the state is kept unless configured: {@code $XDG_STATE_HOME/hitstream-agent/state.json}, by default under ~/.local/state. */
    public static Path defaultStateFile() {
        String stateHome = System.getenv("XDG_STATE_HOME");
        Path base = stateHome == null || stateHome.isBlank()
                ? Path.of(System.getProperty("user.home"), ".local", "state")
                : Path.of(stateHome);
        return base.resolve("hitstream-agent").resolve("state.json");
    }

    /** Where the agent configured by {@code file} keeps its state; reads nothing else (no token file). */
    public static Path stateFile(Path file) {
        AgentConfig config = parse(file);
        return config.stateFile() == null ? defaultStateFile() : file.toAbsolutePath().getParent().resolve(config.stateFile());
    }

    /** The settings of a configuration file that sets only these batch sizes and window, as {@code ship} takes them. */
    public static FollowSettings followSettings(int batchLines, int batchBytes, int window) {
        return followSettings(new AgentConfig.Batch(batchLines, batchBytes, null, window, null),
                new AgentConfig.Follow(null, null, null, null, null), new AgentConfig.Retry(null, null, null, null));
    }

    /** Follow settings from configuration sections; sections made of nulls give the defaults. */
    public static FollowSettings followSettings(AgentConfig.Batch batch, AgentConfig.Follow follow, AgentConfig.Retry retry) {
        return new FollowSettings(new BatchLimits(batch.lines(), batch.bytes()), batch.window(), batch.linger(),
                follow.pollInterval(), follow.idleTimeout(), follow.rotationGrace(), follow.rotatedWatch(), batch.ackTimeout(),
                follow.backfill(),
                new RetryPolicy(retry.initialBackoff(), retry.maxBackoff(), retry.multiplier(), retry.jitter()));
    }

    private static AgentConfig parse(Path file) {
        try {
            AgentConfig config = YAML.readValue(Files.readAllBytes(file), AgentConfig.class);
            if (config == null) {
                throw new ConfigFileException(file + ": the file is empty", null);
            }
            return config;
        } catch (JacksonException e) {
            throw refusal(file, e);
        } catch (IOException e) {
            throw new ConfigFileException(file + ": " + describe(e), e);
        }
    }

    private static AgentSetup resolve(AgentConfig config, Path directory) throws IOException {
        AgentConfig.Batch batch = config.batch();
        if (batch.bytes() < 1 || batch.bytes() > BatchLimits.MOST_BYTES) {
            throw new IllegalArgumentException("batch.bytes must be between 1 and " + BatchLimits.MOST_BYTES + ", got "
                    + batch.bytes());
        }
        FollowSettings settings = followSettings(batch, config.follow(), config.retry());
        List<ServerAddress> servers = config.ingest().servers().stream().map(ServerAddress::parse).toList();
        Path stateFile = config.stateFile() == null ? defaultStateFile() : directory.resolve(config.stateFile());
        return new AgentSetup(streams(config.streams(), directory), settings, servers, channel(config.ingest(), directory),
                stateFile, config.statusInterval());
    }

    private static List<StreamSpec> streams(List<AgentConfig.Stream> entries, Path directory) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("'streams' must list at least one stream");
        }
        List<StreamSpec> streams = new ArrayList<>();
        Set<Path> accessLogs = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AgentConfig.Stream entry = entries.get(i);
            if (entry.site() == null || entry.site().isBlank()) {
                throw new IllegalArgumentException("streams[" + i + "]: a stream needs a 'site'");
            }
            if (entry.accessLog() == null || entry.accessLog().isBlank()) {
                throw new IllegalArgumentException("streams[" + i + "]: a stream needs an 'access-log'");
            }
            Path accessLog = directory.resolve(entry.accessLog()).normalize();
            if (!accessLogs.add(accessLog)) {
                throw new IllegalArgumentException("streams: " + accessLog + " is listed twice; a file is shipped by one stream");
            }
            Optional<Path> errorLog = Optional.ofNullable(entry.errorLog()).map(path -> directory.resolve(path).normalize());
            String host = entry.host() == null ? LocalHostName.get() : entry.host();
            streams.add(new StreamSpec(entry.site(), host, entry.format(), accessLog, errorLog));
        }
        return streams;
    }

    private static ChannelSettings channel(AgentConfig.Ingest ingest, Path directory) throws IOException {
        if (ingest.token() != null && ingest.tokenFile() != null) {
            throw new IllegalArgumentException("ingest: set 'token' or 'token-file', not both");
        }
        Optional<BearerToken> token = Optional.empty();
        if (ingest.token() != null) {
            token = Optional.of(BearerToken.of(ingest.token()));
        } else if (ingest.tokenFile() != null) {
            token = Optional.of(BearerToken.readFrom(directory.resolve(ingest.tokenFile())));
        }
        return new ChannelSettings(ingest.tls(), Optional.ofNullable(ingest.tlsCa()).map(directory::resolve), token);
    }

    private static ConfigFileException refusal(Path file, JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax) {
                String line = syntax.getLocation() == null ? "" : " line " + syntax.getLocation().getLineNr();
                return new ConfigFileException(file + line + ": not YAML: " + problem(syntax.getOriginalMessage()), e);
            }
        }
        if (e instanceof JsonMappingException mapping) {
            String where = mapping.getPath().isEmpty() ? "" : " (" + path(mapping.getPath()) + ")";
            return new ConfigFileException(file + where + ": " + what(mapping), e);
        }
        return new ConfigFileException(file + ": " + e.getOriginalMessage(), e);
    }

    /** The YAML parser's lines saying what is wrong, without those quoting the file (the line number says where). */
    private static String problem(String message) {
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(": "));
    }

    private static String what(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'";
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        return e.getOriginalMessage();
    }

    /** The keys leading to a value, e.g. {@code streams[0].site}. */
    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(reference -> reference.getIndex() >= 0 ? "[" + reference.getIndex() + "]" : "." + reference.getFieldName())
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        return e.getMessage();
    }

    /** Durations as {@link DurationText} reads them. */
    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return DurationText.parse(parser.getValueAsString(""));
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
