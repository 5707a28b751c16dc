package io.hitstream.ingest.peer;

import io.grpc.netty.NettyChannelBuilder;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import io.quarkus.grpc.api.ChannelBuilderCustomizer;
import io.quarkus.grpc.runtime.config.GrpcClientConfiguration;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Lets ingest's channels to stats and the resolver write a whole message as one HTTP/2 DATA frame. Netty's flow
 * controller cuts a message into frames no larger than what the socket takes before it turns unwritable (64 KiB
 * by default), and the receiving Vert.x gRPC server copies the part of a message received so far on every frame: an
 * aggregate of a few hundred KiB was copied several times over before stats could read it.
 */
@Singleton
public class BatchSizedWrites implements ChannelBuilderCustomizer<NettyChannelBuilder> {

    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(8 << 20, 16 << 20);

    @Override
    public Map<String, Object> customize(String name, GrpcClientConfiguration config, NettyChannelBuilder builder) {
        builder.withOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK);
        return Map.of();
    }
}
