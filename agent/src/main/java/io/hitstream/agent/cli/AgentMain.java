package io.hitstream.agent.cli;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/** The program's entry point: runs the picocli command line and exits with its status. */
@QuarkusMain
public class AgentMain implements QuarkusApplication {

    @Override
    public int run(String... args) {
        return AgentCommand.commandLine().execute(args);
    }
}
