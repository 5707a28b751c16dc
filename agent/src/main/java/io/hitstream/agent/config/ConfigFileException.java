package io.hitstream.agent.config;

/** The configuration file cannot be used; the message names the file, where in it, and what is wrong. */
public final class ConfigFileException extends RuntimeException {

    public ConfigFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
