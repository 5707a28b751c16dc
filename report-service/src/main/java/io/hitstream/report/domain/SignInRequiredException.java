package io.hitstream.report.domain;

/** Nobody is signed in, and what was asked for is not readable anonymously. */
public class SignInRequiredException extends RuntimeException {
    public SignInRequiredException() {
        super("sign in to read this report: send a user name and password (HTTP Basic) or use the login page");
    }
}
