package io.hitstream.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The report's settings: the longest range it shows, who may read it, and which sites anyone may read. */
@ConfigMapping(prefix = "hitstream.report")
public interface ReportConfig {

    /** The most days one report or API call covers; a longer range is refused. */
    @WithDefault("366")
    int maxRangeDays();

    /** File of {@code <name> <bcrypt-hash> admin} and {@code <name> <bcrypt-hash> viewer <site>[,<site>…]} lines. */
    Optional<Path> usersFile();

    /** Password of the built-in {@code admin} user, set by environment only; none: no built-in admin. */
    Optional<String> adminPassword();

    /** Sites everyone may read without signing in; none by default, so every report is private. */
    Optional<Set<String>> anonymousSites();

    /** How many users' verified passwords are kept, and how long, so that HTTP Basic pays bcrypt once. */
    SignInCacheConfig signInCache();

    /** The cache of report answers, each for one version of its site's data. */
    CacheConfig cache();

    interface SignInCacheConfig {
        /** Users kept at most; 0 keeps none, and every request with a password checks it with bcrypt. */
        @WithDefault("1000")
        long size();

        @WithDefault("10m")
        Duration expireAfter();
    }

    interface CacheConfig {
        /** Heap the kept answers take at most, roughly (see AnswerWeight); 0 keeps none. */
        @WithDefault("64")
        long maxMegabytes();
    }
}
