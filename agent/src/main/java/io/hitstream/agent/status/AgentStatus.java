package io.hitstream.agent.status;

import java.util.List;

/** The status file's content: when and by which process it was written, how often it is, and every stream. */
public record AgentStatus(String written, long pid, double intervalSeconds, List<StreamStatus> streams) {
}
