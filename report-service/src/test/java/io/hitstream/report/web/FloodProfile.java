package io.hitstream.report.web;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The rejected-lines and overflow panels' tests: a database of their own (a profile restarts the application and its
 * test resources), so that {@link FloodFixture}'s site stays apart from the data of the other report tests.
 */
public class FloodProfile implements QuarkusTestProfile {
}
