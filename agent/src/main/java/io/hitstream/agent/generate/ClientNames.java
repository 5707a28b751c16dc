package io.hitstream.agent.generate;

import io.hitstream.agent.generate.ClientPool.Client;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up reverse DNS names for the sample's clients, written as a hosts file that a local DNS server answers PTR
 * queries from: the documentation addresses the sample uses have no PTR records anywhere else. The names lie under a
 * handful of fictional registrable domains, most of them under country codes, so that a report shows domains and
 * countries; crawlers get a crawler's name, and about one address in ten keeps no name, as on the internet.
 */
final class ClientNames {

    /** About this share of the addresses is left without a name. */
    private static final double UNNAMED_SHARE = 0.1;
    private static final String HEADER = "# Made-up reverse DNS names of the sample's clients (hitstream-agent generate);"
            + " an address not listed has no name.";

    /** A network whose hosts are named {@code prefix-LABEL.domain}, LABEL being the address or a running number. */
    private record Network(String prefix, String domain, boolean labelIsAddress) {
    }

    private static final Network CRAWLERS = new Network("crawl", "example.net", false);
    private static final WeightedPicker<Network> ACCESS_NETWORKS = WeightedPicker.of(List.of(
            new Network("dsl", "example-isp.co.uk", true),
            new Network("cache", "example.de", false),
            new Network("host", "example.com.au", false),
            new Network("ftth", "example-telecom.fr", true),
            new Network("fiber", "example.co.jp", false),
            new Network("cpe", "example-cable.com.br", true),
            new Network("office", "example.com", false)),
            30, 20, 12, 12, 10, 8, 8);

    /** One line of the hosts file. */
    record Entry(String address, String hostName) {

        String line() {
            return address + " " + hostName;
        }
    }

    private final Random random;
    private final Map<Network, Integer> hostsNumbered = new HashMap<>();

    ClientNames(Random random) {
        this.random = random;
    }

    /** An entry for each address of {@code clients} in order of first appearance, except those left unnamed. */
    List<Entry> entriesFor(List<Client> clients) {
        Set<String> seen = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (Client client : clients) {
            if (seen.add(client.address()) && random.nextDouble() >= UNNAMED_SHARE) {
                entries.add(new Entry(client.address(), hostName(client)));
            }
        }
        return entries;
    }

    /** Writes {@code entries} as a hosts file: a comment, then one {@code ADDRESS NAME} line each. */
    static void write(Path file, List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries) {
            text.append(entry.line()).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private String hostName(Client client) {
        Network network = client.isCrawler() ? CRAWLERS : ACCESS_NETWORKS.pick(random);
        return network.prefix() + "-" + label(network, client.address()) + "." + network.domain();
    }

    private String label(Network network, String address) {
        if (network.labelIsAddress()) {
            return address.replace('.', '-').replace(':', '-');
        }
        return Integer.toString(hostsNumbered.merge(network, 1, Integer::sum));
    }
}
