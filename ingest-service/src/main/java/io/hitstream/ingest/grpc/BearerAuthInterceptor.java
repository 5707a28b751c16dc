package io.hitstream.ingest.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.ingest.domain.BearerAuthenticator;
import io.hitstream.ingest.domain.SiteGrant;
import io.hitstream.ingest.domain.UnauthenticatedException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Authenticates every call of the services it is registered on by its bearer token, before any message
 * reaches the service: an unknown or missing token ends the call UNAUTHENTICATED; a known one puts its
 * grant in the call's gRPC context for the service's site checks.
 */
// Started eagerly so that missing or malformed token settings stop the service at start, not at the first call.
@Startup
@ApplicationScoped
public class BearerAuthInterceptor implements ServerInterceptor {
    private static final Logger LOG = Logger.getLogger(BearerAuthInterceptor.class);
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final BearerAuthenticator authenticator;

    BearerAuthInterceptor(IngestConfig config) {
        IngestConfig.Auth auth = config.auth();
        this.authenticator = BearerAuthenticator.configured(auth.required(), auth.tokensFile(), auth.token(), auth.tokenSites());
        if (authenticator.isOff()) {
            LOG.warn("hitstream.ingest.auth.required=false: every caller may write every site without a token");
        } else {
            LOG.infof("ingest accepts %d bearer token(s)", authenticator.tokenCount());
        }
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        SiteGrant grant;
        try {
            grant = authenticator.authenticate(headers.get(AUTHORIZATION));
        } catch (UnauthenticatedException e) {
            LOG.debugf("refused %s: %s", call.getMethodDescriptor().getFullMethodName(), e.getMessage());
            // Closed before the service is started: none of the call's messages reaches it.
            call.close(Status.UNAUTHENTICATED.withDescription(e.getMessage()), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        return Contexts.interceptCall(Context.current().withValue(CallerGrant.KEY, grant), call, headers, next);
    }
}
