package io.hitstream.agent.cli;

import io.hitstream.agent.wire.ServerAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The top-level {@code hitstream-agent} command, which only dispatches to its subcommands. */
@Command(name = "hitstream-agent",
        description = "Follows and ships web access logs to Hitstream's ingest service over gRPC.",
        mixinStandardHelpOptions = true,
        versionProvider = AgentVersion.class,
        subcommands = {RunCommand.class, ShipCommand.class, StatusCommand.class, GenerateCommand.class, CheckCommand.class})
public final class AgentCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** The full command line: subcommands, the server address type, one-line failures with exit status 1. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AgentCommand());
        commandLine.registerConverter(ServerAddress.class, AgentCommand::serverAddress);
        commandLine.setExecutionExceptionHandler(new OneLineFailureHandler());
        return commandLine;
    }

    private static ServerAddress serverAddress(String text) {
        try {
            return ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: run, ship, status or generate");
    }
}
