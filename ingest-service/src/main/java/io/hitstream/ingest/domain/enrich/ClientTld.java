package io.hitstream.ingest.domain.enrich;

import com.google.common.net.InetAddresses;
import io.hitstream.ingest.domain.BoundedText;
import java.util.Locale;

/**
 * The top-level domain a client is counted under: the last label of its domain key, or {@link #ADDRESS} when the
 * key is an address the resolver could not name (in parentheses, which no real top-level domain can contain).
 */
public final class ClientTld {
    /** The key of every client counted under its address. */
    public static final String ADDRESS = "(address)";
    /** The longest label DNS allows. */
    static final int MAX_LABEL_LENGTH = 63;

    private ClientTld() {
    }

    /** The top-level domain of a client's domain key (a registrable domain, or an address). */
    public static String of(String clientKey) {
        String key = clientKey.strip();
        if (key.isEmpty() || InetAddresses.isInetAddress(key)) {
            return ADDRESS;
        }
        String name = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
        return BoundedText.truncate(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), MAX_LABEL_LENGTH);
    }
}
