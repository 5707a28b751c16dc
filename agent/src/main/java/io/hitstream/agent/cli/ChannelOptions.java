package io.hitstream.agent.cli;

import io.hitstream.agent.wire.BearerToken;
import io.hitstream.agent.wire.ChannelSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options on authenticating to ingest and securing the channel, shared by {@code ship} and {@code run}. */
final class ChannelOptions {

    static final String TOKEN_VARIABLE = "HITSTREAM_AGENT_TOKEN";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token sent to ingest on every call. Other users can see it in the process list: "
                    + "prefer --token-file or the variable " + TOKEN_VARIABLE + ", which is read when neither is given.")
    private String token;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the bearer token (trailing whitespace is ignored).")
    private Path tokenFile;

    @Option(names = "--tls", description = "Connect with TLS, trusting the JVM's CA certificates (default: plaintext).")
    private boolean tls;

    @Option(names = "--tls-ca", paramLabel = "FILE",
            description = "Connect with TLS, trusting the CA certificates in this PEM file (e.g. a self-signed ingest certificate).")
    private Path tlsCa;

    /** The token from --token, --token-file or the environment variable, in that order, if any is given. */
    Optional<BearerToken> token() throws IOException {
        if (token != null && tokenFile != null) {
            throw new ParameterException(spec.commandLine(), "--token and --token-file exclude each other");
        }
        try {
            if (tokenFile != null) {
                return Optional.of(BearerToken.readFrom(tokenFile));
            }
            String text = token != null ? token : System.getenv(TOKEN_VARIABLE);
            return text == null || text.isEmpty() ? Optional.empty() : Optional.of(BearerToken.of(text));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad token: " + e.getMessage(), e);
        }
    }

    boolean tls() {
        return tls || tlsCa != null;
    }

    Optional<Path> tlsCa() {
        return Optional.ofNullable(tlsCa);
    }

    /** The channel settings these options give alone, with no configuration file. */
    ChannelSettings settings() throws IOException {
        return new ChannelSettings(tls(), tlsCa(), token());
    }
}
