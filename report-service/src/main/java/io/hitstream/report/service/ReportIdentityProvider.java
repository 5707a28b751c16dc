package io.hitstream.report.service;

import io.hitstream.report.domain.Reader;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Signs in the HTTP Basic and form logins against the {@link UserDirectory}; the reader rides on the identity. */
@ApplicationScoped
public class ReportIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** The identity attribute holding the signed-in {@link io.hitstream.report.domain.Reader}. */
    public static final String READER = "hitstream.reader";

    private final UserDirectory users;

    public ReportIdentityProvider(UserDirectory users) {
        this.users = users;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    // bcrypt is deliberately slow, so the check runs off the event loop.
    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String name = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> users.signIn(name, password)
                .map(ReportIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }

    static SecurityIdentity identity(Reader reader) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(reader.name()))
                .addRole(reader.admin() ? "admin" : "viewer")
                .addAttribute(READER, reader)
                .build();
    }
}
