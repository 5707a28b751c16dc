package io.hitstream.logformat;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One line of a web server's error log, or why it was not read.
 *
 * @param time when it was written, as written: the server's local time (to the millisecond where it writes more)
 * @param level the severity as the server names it ({@code error}, {@code warn}, {@code crit}, … Apache's
 *     {@code trace1} to {@code trace8}), lower case
 * @param module Apache 2.4's module ({@code core}, {@code ssl}, …), empty for nginx and Apache 2.2
 * @param client the client address the line names, {@code [client 192.0.2.1:51234]} or nginx's {@code client:},
 *     empty when it names none
 * @param message what follows the line's fields, bounded to the parser's field limit
 * @param rejection why the line was not read; the other components are null when it is set
 */
public record ErrorLogLine(LocalDateTime time, String level, String module, String client, String message,
        RejectReason rejection) {

    static ErrorLogLine rejected(RejectReason reason) {
        return new ErrorLogLine(null, null, null, null, null, reason);
    }

    /** Whether the line was read; otherwise {@link #rejection()} says why not. */
    public boolean parsed() {
        return rejection == null;
    }

    /** The rejection as an optional, for callers that count reasons. */
    public Optional<RejectReason> rejectReason() {
        return Optional.ofNullable(rejection);
    }
}
