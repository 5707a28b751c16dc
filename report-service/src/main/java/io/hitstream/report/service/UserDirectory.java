package io.hitstream.report.service;

import io.hitstream.report.config.ReportConfig;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.ReportUser;
import io.hitstream.report.domain.SiteAccess;
import io.hitstream.report.domain.UsersFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The users who may sign in (the users file and the built-in admin), and which sites each may read. */
@ApplicationScoped
public class UserDirectory {
    static final String BUILT_IN_ADMIN = "admin";

    private final Map<String, ReportUser> users;
    private final SiteAccess access;
    private final SignInCache signedIn;

    public UserDirectory(ReportConfig config) {
        this.users = users(config);
        this.access = new SiteAccess(config.anonymousSites().orElse(Set.of()));
        this.signedIn = new SignInCache(config.signInCache().size(), config.signInCache().expireAfter());
    }

    /**
     * The reader a name and password sign in as; empty when either is wrong. Blocks for the hash check, unless the
     * same name and password signed in lately (the users never change while the service runs).
     */
    public Optional<Reader> signIn(String name, String password) {
        Optional<Reader> lately = signedIn.reader(name, password);
        if (lately.isPresent()) {
            return lately;
        }
        ReportUser user = users.get(name);
        if (user == null) {
            ReportUser.checkNobody(password);
            return Optional.empty();
        }
        if (!user.passwordMatches(password)) {
            return Optional.empty();
        }
        signedIn.remember(name, password, user.reader());
        return Optional.of(user.reader());
    }

    /** The reader of a user signed in before (the login form's cookie names them); empty once they are gone. */
    public Optional<Reader> reader(String name) {
        return Optional.ofNullable(users.get(name)).map(ReportUser::reader);
    }

    public SiteAccess access() {
        return access;
    }

    private static Map<String, ReportUser> users(ReportConfig config) {
        Map<String, ReportUser> users = new HashMap<>(config.usersFile().map(UserDirectory::read).orElse(Map.of()));
        config.adminPassword().ifPresent(password -> {
            if (users.putIfAbsent(BUILT_IN_ADMIN, ReportUser.admin(BUILT_IN_ADMIN, password)) != null) {
                throw new IllegalStateException("the users file names " + BUILT_IN_ADMIN
                        + " while HITSTREAM_REPORT_ADMIN_PASSWORD sets the built-in one; drop one of them");
            }
        });
        return Map.copyOf(users);
    }

    private static Map<String, ReportUser> read(Path file) {
        try {
            return UsersFile.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file, e);
        }
    }
}
