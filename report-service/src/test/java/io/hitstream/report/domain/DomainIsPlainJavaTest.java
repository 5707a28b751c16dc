package io.hitstream.report.domain;

import io.hitstream.testing.PlainDomainTest;

/** report's domain uses no framework and no protobuf. */
class DomainIsPlainJavaTest extends PlainDomainTest {
    DomainIsPlainJavaTest() {
        super("io.hitstream.report");
    }
}
