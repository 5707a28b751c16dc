package io.hitstream.resolver.web;

import io.hitstream.resolver.service.WarmStart;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the persisted cache is loaded: before that every address would cost a DNS query. */
@Readiness
@ApplicationScoped
public class WarmStartCheck implements HealthCheck {
    private final WarmStart warmStart;

    public WarmStartCheck(WarmStart warmStart) {
        this.warmStart = warmStart;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("resolver cache warm start").status(warmStart.done()).build();
    }
}
