package io.hitstream.agent.config;

import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.BearerToken;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.ServerAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a configuration file asks of the agent, checked and resolved: the streams (with absolute paths), how to
 * follow them, the ingest addresses and channel security, and where state and status are kept.
 */
public record AgentSetup(List<StreamSpec> streams, FollowSettings follow, List<ServerAddress> servers,
        ChannelSettings channel, Path stateFile, Duration statusInterval) {

    /**
     * The same setup with settings given on the command line or in the environment taking precedence: a token,
     * TLS switched on, a CA file to trust (which switches TLS on).
     */
    public AgentSetup overriddenBy(Optional<BearerToken> token, boolean tls, Optional<Path> tlsCa) {
        ChannelSettings overridden = new ChannelSettings(channel.tls() || tls || tlsCa.isPresent(),
                tlsCa.or(channel::trustedCa), token.or(channel::token));
        return new AgentSetup(streams, follow, servers, overridden, stateFile, statusInterval);
    }
}
