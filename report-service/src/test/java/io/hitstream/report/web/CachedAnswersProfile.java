package io.hitstream.report.web;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The kept answers' tests: a database of their own, as they commit rows between two reads of the same range. */
public class CachedAnswersProfile implements QuarkusTestProfile {
}
