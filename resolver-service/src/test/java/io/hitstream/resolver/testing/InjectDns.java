package io.hitstream.resolver.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the test field that receives the DNS server a test resource started ({@link io.hitstream.testing.Dnsmasq} or
 * {@link UdpDnsRelay}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectDns {
}
