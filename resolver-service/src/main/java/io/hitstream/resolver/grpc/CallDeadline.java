package io.hitstream.resolver.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the caller's deadline known to the service. gRPC served on the HTTP port (Vert.x 4's bridge) passes the
 * {@code grpc-timeout} header on but sets no deadline on the call's context, so this reads the header itself.
 */
@ApplicationScoped
public class CallDeadline implements ServerInterceptor {
    private static final Metadata.Key<String> GRPC_TIMEOUT =
            Metadata.Key.of("grpc-timeout", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<Deadline> HEADER_DEADLINE = Context.key("hitstream-call-deadline");
    /** At most 8 digits and a unit: Hours, Minutes, Seconds, milliseconds, microseconds (u), nanoseconds. */
    private static final Pattern TIMEOUT = Pattern.compile("(\\d{1,8})([HMSmun])");

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                     ServerCallHandler<Q, R> next) {
        Optional<Deadline> deadline = parse(headers.get(GRPC_TIMEOUT));
        if (deadline.isEmpty()) {
            return next.startCall(call, headers);
        }
        return Contexts.interceptCall(Context.current().withValue(HEADER_DEADLINE, deadline.get()), call, headers, next);
    }

    /** The deadline of the call being served: the transport's, else the one read from the header, else none. */
    static Optional<Deadline> current() {
        Deadline transport = Context.current().getDeadline();
        return Optional.ofNullable(transport != null ? transport : HEADER_DEADLINE.get());
    }

    /** The deadline a {@code grpc-timeout} header value sets from now; empty when absent or malformed. */
    static Optional<Deadline> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher timeout = TIMEOUT.matcher(header);
        if (!timeout.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(timeout.group(1));
        return Optional.of(Deadline.after(amount, unit(timeout.group(2).charAt(0))));
    }

    private static TimeUnit unit(char code) {
        return switch (code) {
            case 'H' -> TimeUnit.HOURS;
            case 'M' -> TimeUnit.MINUTES;
            case 'S' -> TimeUnit.SECONDS;
            case 'm' -> TimeUnit.MILLISECONDS;
            case 'u' -> TimeUnit.MICROSECONDS;
            default -> TimeUnit.NANOSECONDS;
        };
    }
}
