package io.hitstream.ingest.domain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides from a call's {@code authorization} metadata which sites the caller may write, or refuses it. */
public final class BearerAuthenticator {
    /** Shortest inline token accepted: a short token can be guessed, and its digest reversed by trying them all. */
    static final int MIN_INLINE_TOKEN_LENGTH = 16;
    private static final String SCHEME = "bearer ";
    private static final String EXPECTED = "send metadata 'authorization: Bearer <token>'";

    /** Null when authentication is off. */
    private final TokenTable tokens;

    private BearerAuthenticator(TokenTable tokens) {
        this.tokens = tokens;
    }

    /**
     * The authenticator the settings describe; fails with {@link AuthSetupException} when they cannot be used,
     * in particular when a token is required and none is configured.
     *
     * @param required whether every call must present a known token; when false the other settings are ignored
     * @param tokensFile file of token digests and their sites, see {@link TokenFile}
     * @param inlineToken one more token, in plain text
     * @param inlineTokenSites the sites the inline token may write
     */
    public static BearerAuthenticator configured(boolean required, Optional<Path> tokensFile, Optional<String> inlineToken,
            List<String> inlineTokenSites) {
        if (!required) {
            return new BearerAuthenticator(null);
        }
        List<TokenEntry> entries = new ArrayList<>();
        tokensFile.ifPresent(file -> entries.addAll(TokenFile.read(file)));
        inlineToken.ifPresent(token -> entries.add(inlineEntry(token, inlineTokenSites)));
        TokenTable table = new TokenTable(entries);
        if (table.size() == 0) {
            throw new AuthSetupException("ingest requires a bearer token (hitstream.ingest.auth.required=true) but none is configured:"
                    + " set HITSTREAM_INGEST_AUTH_TOKENS_FILE to a file of '<sha256-hex-of-token> <site>[,<site>...]' lines,"
                    + " or HITSTREAM_INGEST_AUTH_TOKEN (with HITSTREAM_INGEST_AUTH_TOKEN_SITES, default '*'),"
                    + " or HITSTREAM_INGEST_AUTH_REQUIRED=false on a network where every caller may write every site");
        }
        return new BearerAuthenticator(table);
    }

    /** How many tokens are accepted; 0 when authentication is off. */
    public int tokenCount() {
        return tokens == null ? 0 : tokens.size();
    }

    public boolean isOff() {
        return tokens == null;
    }

    /**
     * The grant of the caller whose {@code authorization} metadata is {@code authorization} (null when absent).
     *
     * @throws UnauthenticatedException when authentication is on and the metadata holds no known bearer token
     */
    public SiteGrant authenticate(String authorization) {
        if (tokens == null) {
            return SiteGrant.ALL;
        }
        if (authorization == null) {
            throw new UnauthenticatedException("no authorization metadata: " + EXPECTED);
        }
        String token = bearerToken(authorization);
        return tokens.grantOf(token).orElseThrow(() -> new UnauthenticatedException("unknown bearer token"));
    }

    private static String bearerToken(String authorization) {
        // The scheme is case-insensitive (RFC 7235); the token is everything after it.
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new UnauthenticatedException("authorization metadata is not a bearer token: " + EXPECTED);
        }
        String token = authorization.substring(SCHEME.length()).strip();
        if (token.isEmpty()) {
            throw new UnauthenticatedException("authorization metadata holds an empty bearer token: " + EXPECTED);
        }
        return token;
    }

    private static TokenEntry inlineEntry(String token, List<String> sites) {
        String where = "hitstream.ingest.auth.token";
        if (token.strip().length() < MIN_INLINE_TOKEN_LENGTH) {
            throw new AuthSetupException(where + " is shorter than " + MIN_INLINE_TOKEN_LENGTH
                    + " characters; use a random one, e.g. the output of 'openssl rand -hex 32'");
        }
        try {
            return new TokenEntry(TokenDigest.of(token.strip()), SiteGrant.of(SiteList.checked(sites)), where);
        } catch (IllegalArgumentException e) {
            throw new AuthSetupException("hitstream.ingest.auth.token-sites: " + e.getMessage());
        }
    }
}
