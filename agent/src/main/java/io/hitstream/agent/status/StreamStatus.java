package io.hitstream.agent.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.SortedMap;

/**
 * One stream in the status file: what its follower does now, the complete lines it read (shipped or still
 * lingering), shipped and saw acknowledged since the agent started, and how far it is behind: bytes on disk not
 * yet acknowledged, and the age of the oldest of them. With an error log, its lines counted per level. Lines ingest
 * refused (counted there as rejected), bytes of rotated files closed for good without being shipped, and the newest notices: refusals, rotated files closed with unread bytes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StreamStatus(String site, String host, String accessLog, String file, String state, long linesRead,
        long linesShipped, long linesAcknowledged, long lagBytes, double lagSeconds, String errorLog,
        SortedMap<String, Long> errorLines, long linesRefused, long bytesUnread, List<String> notices) {
}
