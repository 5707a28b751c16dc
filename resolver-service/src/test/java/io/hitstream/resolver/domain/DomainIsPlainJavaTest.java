package io.hitstream.resolver.domain;

import io.hitstream.testing.PlainDomainTest;

/** resolver's domain uses no framework and no protobuf. */
class DomainIsPlainJavaTest extends PlainDomainTest {
    DomainIsPlainJavaTest() {
        super("io.hitstream.resolver");
    }
}
