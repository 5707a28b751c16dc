package io.hitstream.resolver.store;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import io.hitstream.resolver.domain.CountryLookup;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Country of an address from a GeoIP database in MaxMind's mmdb format. Reads both layouts in use: DB-IP Lite as
 * published by ip-location-db ({@code country_code}) and MaxMind's GeoIP2/GeoLite2 ({@code country.iso_code}).
 */
public final class MmdbCountryLookup implements CountryLookup, Closeable {
    private static final Logger LOG = Logger.getLogger(MmdbCountryLookup.class);

    private final Reader reader;

    public MmdbCountryLookup(Path database) {
        try {
            // The cache keeps decoded records: a country database has only a few hundred distinct ones.
            this.reader = new Reader(database.toFile(), new CHMCache());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open GeoIP database " + database, e);
        }
    }

    @Override
    public String countryOf(InetAddress address) {
        try {
            return countryCode(reader.get(address, Map.class));
        } catch (IOException e) {
            LOG.warnf("GeoIP lookup of %s failed: %s", address.getHostAddress(), e.getMessage());
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static String countryCode(Map<?, ?> record) {
        if (record == null) {
            return "";
        }
        Object code = record.get("country_code");
        if (code == null && record.get("country") instanceof Map<?, ?> country) {
            code = country.get("iso_code");
        }
        return code instanceof String text && text.length() == 2 ? text.toUpperCase(Locale.ROOT) : "";
    }
}
