package io.hitstream.ingest.domain;

import io.hitstream.testing.PlainDomainTest;

/** ingest's domain uses no framework and no protobuf. */
class DomainIsPlainJavaTest extends PlainDomainTest {
    DomainIsPlainJavaTest() {
        super("io.hitstream.ingest");
    }
}
