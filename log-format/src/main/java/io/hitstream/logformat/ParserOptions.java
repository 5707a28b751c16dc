package io.hitstream.logformat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a parser reads lines, beyond the format itself.
 *
 * @param limits the line and field size limits
 * @param clientAddress where the client address comes from
 * @param localTimeZone the zone of timestamps logged without an offset (HAProxy's, strftime without %z)
 */
public record ParserOptions(ParserLimits limits, ClientAddressSource clientAddress, ZoneId localTimeZone) {
    /** Default limits, the logged client address, zone-less timestamps in UTC. */
    public static final ParserOptions DEFAULTS =
            new ParserOptions(ParserLimits.DEFAULTS, ClientAddressSource.LOGGED, ZoneOffset.UTC);

    public ParserOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(localTimeZone, "localTimeZone");
    }

    /** These options with other limits. */
    public ParserOptions withLimits(ParserLimits newLimits) {
        return new ParserOptions(newLimits, clientAddress, localTimeZone);
    }

    /** These options with another client address source. */
    public ParserOptions withClientAddress(ClientAddressSource source) {
        return new ParserOptions(limits, source, localTimeZone);
    }

    /** These options with another zone for zone-less timestamps. */
    public ParserOptions withLocalTimeZone(ZoneId zone) {
        return new ParserOptions(limits, clientAddress, zone);
    }
}
