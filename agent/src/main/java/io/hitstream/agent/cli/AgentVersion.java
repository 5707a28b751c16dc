package io.hitstream.agent.cli;

import picocli.CommandLine.IVersionProvider;

/** Tells {@code --version} the version the jar was built as. */
public final class AgentVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = AgentVersion.class.getPackage().getImplementationVersion();
        return new String[] {"hitstream-agent " + (version == null ? "(development build)" : version)};
    }
}
