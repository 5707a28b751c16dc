package io.hitstream.report.service;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the user of a login-form cookie (Quarkus encrypted it at sign-in, so only the name is looked up again): a
 * user removed from the users file is signed out at their next request.
 */
@ApplicationScoped
public class SignedInIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    private final UserDirectory users;

    public SignedInIdentityProvider(UserDirectory users) {
        this.users = users;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return Uni.createFrom().item(() -> users.reader(request.getPrincipal())
                .map(ReportIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
