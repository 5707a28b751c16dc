package io.hitstream.report.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hitstream.report.domain.Reader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The passwords that signed in lately, so that an API client sending HTTP Basic with every request pays bcrypt's
 * 50-70 ms once, not per request. Only a keyed digest of a verified password is kept (HMAC-SHA256 under a key drawn
 * at start and never stored), per user name; a password that does not match it is checked with bcrypt again, so a
 * guesser still pays bcrypt for every guess.
 */
public final class SignInCache {
    private static final String MAC = "HmacSHA256";

    /** Empty when off. */
    private final Optional<Cache<String, Verified>> verified;
    private final SecretKeySpec key;

    /** At most {@code size} users (0: none kept, every sign-in checks bcrypt), each for {@code expireAfter}. */
    public SignInCache(long size, Duration expireAfter) {
        this.verified = size == 0 ? Optional.empty()
                : Optional.of(Caffeine.newBuilder().maximumSize(size).expireAfterWrite(expireAfter).build());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    /** The reader this name and password signed in as lately; empty when they did not, or another password did. */
    public Optional<Reader> reader(String name, String password) {
        return verified.map(cache -> cache.getIfPresent(name))
                .filter(entry -> MessageDigest.isEqual(entry.digest(), digest(name, password)))
                .map(Verified::reader);
    }

    /** Keeps a name and password that bcrypt has just verified. */
    public void remember(String name, String password, Reader reader) {
        verified.ifPresent(cache -> cache.put(name, new Verified(digest(name, password), reader)));
    }

    private byte[] digest(String name, String password) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no " + MAC, e);
        }
    }

    private record Verified(byte[] digest, Reader reader) {
    }
}
