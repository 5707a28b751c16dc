package io.hitstream.resolver.domain;

import java.net.InetAddress;
import java.util.concurrent.CompletionStage;

/** Asks DNS for the PTR record of an address without blocking; never completes exceptionally by contract. */
public interface PtrLookup {

    CompletionStage<PtrResult> lookup(InetAddress address);
}
