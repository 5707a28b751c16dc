package io.hitstream.agent.wire;

import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The secret the agent presents to ingest as {@code authorization: Bearer <token>}; never printed. */
public final class BearerToken {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    /** Far beyond any real token; bounds what a wrong file (a log, a key) can put into a header. */
    private static final int MAX_LENGTH = 4096;

    private final String value;

    private BearerToken(String value) {
        this.value = value;
    }

    /**
     * A token given as text: printable ASCII without spaces, as a header value must be.
     *
     * @throws IllegalArgumentException naming what is wrong, never repeating the token
     */
    public static BearerToken of(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the token is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("the token holds a character that is not printable ASCII, at position " + (i + 1));
            }
        }
        return new BearerToken(text);
    }

    /** The token a file holds: its whole content less trailing whitespace, such as the newline an editor adds. */
    public static BearerToken readFrom(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.US_ASCII).stripTrailing();
        try {
            return of(content);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Adds the {@code authorization} header to every call made through a channel. */
    ClientInterceptor interceptor() {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + value);
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }
}
