package io.hitstream.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The known tokens; finds the grant of a presented token by comparing digests in constant time. */
final class TokenTable {
    private final List<TokenEntry> entries;

    /** Refuses two entries with the same digest: which of their grants applies would be a guess. */
    TokenTable(List<TokenEntry> entries) {
        List<TokenEntry> checked = new ArrayList<>();
        for (TokenEntry entry : entries) {
            for (TokenEntry earlier : checked) {
                if (TokenDigest.equal(earlier.digest(), entry.digest())) {
                    throw new AuthSetupException("the token of " + entry.source() + " is already configured at " + earlier.source());
                }
            }
            checked.add(entry);
        }
        this.entries = List.copyOf(checked);
    }

    int size() {
        return entries.size();
    }

    /** The grant of the token, or empty when it is unknown. */
    Optional<SiteGrant> grantOf(String token) {
        byte[] presented = TokenDigest.of(token);
        SiteGrant found = null;
        // Every entry is compared, with no early exit, so the time taken does not tell which entry matched or how closely.
        for (TokenEntry entry : entries) {
            if (TokenDigest.equal(entry.digest(), presented)) {
                found = entry.grant();
            }
        }
        return Optional.ofNullable(found);
    }
}
