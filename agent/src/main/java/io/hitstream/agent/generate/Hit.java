package io.hitstream.agent.generate;

import java.time.Instant;

/** One request as a web server logs it; {@code size} is -1 when no body was sent (logged as "-"). */
record Hit(String client, String user, Instant time, String method, String target, String protocol, int status,
        long size, String referrer, String userAgent) {
}
