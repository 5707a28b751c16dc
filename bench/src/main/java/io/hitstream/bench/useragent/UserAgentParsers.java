package io.hitstream.bench.useragent;

import java.util.function.Function;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * The two candidate parsers, each built without a cache of its own (every call really parses) and each answering
 * the same question: browser and major version, operating system, device, and whether it is a crawler.
 */
public enum UserAgentParsers {
    YAUAA {
        @Override
        Function<String, String> build() {
            UserAgentAnalyzer analyzer = UserAgentAnalyzer.newBuilder()
                    .withFields(UserAgent.AGENT_NAME, UserAgent.AGENT_VERSION_MAJOR, UserAgent.OPERATING_SYSTEM_NAME,
                            UserAgent.DEVICE_CLASS, UserAgent.AGENT_CLASS)
                    .withoutCache()
                    .hideMatcherLoadStats()
                    .immediateInitialization()
                    .build();
            return text -> {
                UserAgent agent = analyzer.parse(text);
                return agent.getValue(UserAgent.AGENT_NAME) + ' ' + agent.getValue(UserAgent.AGENT_VERSION_MAJOR)
                        + '|' + agent.getValue(UserAgent.OPERATING_SYSTEM_NAME)
                        + '|' + agent.getValue(UserAgent.DEVICE_CLASS) + '|' + agent.getValue(UserAgent.AGENT_CLASS);
            };
        }
    },
    UAP {
        @Override
        Function<String, String> build() {
            Parser parser = new Parser();
            return text -> {
                Client client = parser.parse(text);
                return client.userAgent.family + ' ' + client.userAgent.major + '|' + client.os.family
                        + '|' + client.device.family;
            };
        }
    };

    /** A ready parser: the rules are loaded, nothing is left to initialise on first use. */
    abstract Function<String, String> build();
}
