package io.hitstream.resolver.testing;

import java.util.Map;

/** The PTR records every test DNS server holds; any other reverse name is NXDOMAIN. */
public final class TestHosts {
    public static final String UK_ADDRESS = "93.184.216.34";
    public static final String UK_HOST = "web1.cs.example.co.uk";
    public static final String IPV6_ADDRESS = "2001:4860:4860::8888";
    public static final String IPV6_HOST = "dns6.example.net";
    public static final String GERMAN_HOST_ADDRESS = "81.2.69.160";
    public static final String GERMAN_HOST = "www.example.de";
    /** A private address that has a record: resolving it proves a query was sent. */
    public static final String PRIVATE_ADDRESS = "192.168.1.10";
    public static final String PRIVATE_HOST = "printer.lan.example.com";
    /** Public addresses without a PTR record. */
    public static final String NAMELESS_ADDRESS = "93.184.216.35";

    public static final Map<String, String> RECORDS = Map.of(
            UK_ADDRESS, UK_HOST,
            IPV6_ADDRESS, IPV6_HOST,
            GERMAN_HOST_ADDRESS, GERMAN_HOST,
            PRIVATE_ADDRESS, PRIVATE_HOST);

    private TestHosts() {
    }
}
