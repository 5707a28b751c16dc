package io.hitstream.stats.domain;

import io.hitstream.testing.PlainDomainTest;

/** stats's domain uses no framework and no protobuf. */
class DomainIsPlainJavaTest extends PlainDomainTest {
    DomainIsPlainJavaTest() {
        super("io.hitstream.stats");
    }
}
