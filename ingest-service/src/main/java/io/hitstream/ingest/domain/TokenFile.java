package io.hitstream.ingest.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tokens file: one {@code <sha256-hex-of-token> <site>[,<site>...]} per line, {@code *} for every
 * site; {@code #} starts a comment and blank lines are skipped. The file holds digests only, never a token.
 */
final class TokenFile {
    private static final String LINE_FORM = "'<sha256-hex-of-token> <site>[,<site>...]'";

    private TokenFile() {
    }

    /** The tokens of the file; fails with {@link AuthSetupException} naming the file and line. */
    static List<TokenEntry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AuthSetupException("cannot read the tokens file " + file + ": " + e, e);
        }
        return parse(lines, file.toString());
    }

    /** The tokens of the lines of a file named {@code source}. */
    static List<TokenEntry> parse(List<String> lines, String source) {
        List<TokenEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = "tokens file " + source + " line " + (i + 1);
            String content = withoutComment(lines.get(i)).strip();
            if (!content.isEmpty()) {
                entries.add(entry(content, where));
            }
        }
        return entries;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static TokenEntry entry(String content, String where) {
        String[] fields = content.split("\\s+", 2);
        if (fields.length < 2) {
            throw new AuthSetupException(where + ": expected " + LINE_FORM + ", found no site list");
        }
        try {
            return new TokenEntry(TokenDigest.parseHex(fields[0]), SiteGrant.of(SiteList.parse(fields[1])), where);
        } catch (IllegalArgumentException e) {
            throw new AuthSetupException(where + ": " + e.getMessage() + " (expected " + LINE_FORM + ")");
        }
    }
}
