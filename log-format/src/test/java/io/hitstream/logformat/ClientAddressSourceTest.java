package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressSourceTest {
    private static final LogFormat FORMAT = NginxFormatCompiler.compile("$remote_addr \"$http_x_forwarded_for\" $status");

    private static String clientOf(ClientAddressSource source, String forwardedFor) {
        LogParser parser = FORMAT.newParser(ParserOptions.DEFAULTS.withClientAddress(source));
        return Lines.parse(parser, "10.1.2.3 \"" + forwardedFor + "\" 200").text(TextField.CLIENT_ADDRESS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "81.2.69.142                                 | 81.2.69.142",
        "10.0.0.1, 81.2.69.142, 172.16.0.9            | 81.2.69.142",
        "unknown, 192.168.1.20, 2a02:1810:4d02::1     | 2a02:1810:4d02::1",
        "[2a02:1810:4d02::1]:51234                   | 2a02:1810:4d02::1",
        "81.2.69.142:8080                            | 81.2.69.142",
        "::ffff:81.2.69.142                          | ::ffff:81.2.69.142",
        "100.64.0.7, 169.254.1.1, 127.0.0.1, 0.0.0.0  | 10.1.2.3",
        "198.51.100.7, 203.0.113.9, 192.0.2.200       | 10.1.2.3",
        "fd00::1, fe80::1, ::1, 2001:db8::1, ff02::1   | 10.1.2.3",
        "224.0.0.1, 255.255.255.255, 240.0.0.1        | 10.1.2.3",
        "-                                           | 10.1.2.3",
        "not an address, 1.2.3, 1.2.3.4.5, 300.1.1.1  | 10.1.2.3"
    })
    void firstPublicForwardedAddressIsTheClient(String forwardedFor, String client) {
        assertEquals(client, clientOf(ClientAddressSource.FIRST_PUBLIC_FORWARDED_FOR, forwardedFor));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"81.2.69.142", "10.0.0.1, 81.2.69.142"})
    void loggedAddressIsTheClientByDefault(String forwardedFor) {
        assertEquals("10.1.2.3", clientOf(ClientAddressSource.LOGGED, forwardedFor));
    }
}
