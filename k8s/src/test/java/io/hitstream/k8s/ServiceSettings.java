package io.hitstream.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own application.properties, evaluated the way Quarkus does for a container's environment: an
 * environment variable named after a property wins, and {@code ${VARIABLE:default}} takes the variable or the default.
 */
final class ServiceSettings {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    private final String service;
    private final Properties properties;
    private final Map<String, String> environment;

    private ServiceSettings(String service, Properties properties, Map<String, String> environment) {
        this.service = service;
        this.properties = properties;
        this.environment = environment;
    }

    /** The settings of {@code <service>-service} as a container with this environment sees them. */
    static ServiceSettings of(String service, Map<String, String> environment) {
        Path file = Kustomize.K8S.resolveSibling(service + "-service/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return new ServiceSettings(service, properties, environment);
    }

    /** The property's value; fails when the service neither sets it nor has a default for it. */
    String value(String property) {
        return find(property).orElseThrow(() -> new AssertionError(service + " does not set " + property));
    }

    /** The property's value, or {@code fallback} where Quarkus' own default applies. */
    String value(String property, String fallback) {
        return find(property).orElse(fallback);
    }

    /** Every property the file sets. */
    Set<String> propertyNames() {
        return properties.stringPropertyNames();
    }

    /** A duration property in whole seconds, written as Quarkus takes it: {@code 30s}, {@code 1m}, or seconds alone. */
    long seconds(String property) {
        String text = value(property).trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        return Duration.parse("PT" + text.toUpperCase(Locale.ROOT)).toSeconds();
    }

    int httpPort() {
        return Integer.parseInt(value("quarkus.http.port", "8080"));
    }

    /** The path of a health group ("live", "ready", "started") under Quarkus' non-application root. */
    String healthPath(String group) {
        String root = value("quarkus.http.non-application-root-path", "q");
        String health = value("quarkus.smallrye-health.root-path", "health");
        String leaf = value(groupProperty(group), group);
        return "/" + root + "/" + health + "/" + leaf;
    }

    private static String groupProperty(String group) {
        return switch (group) {
            case "live" -> "quarkus.smallrye-health.liveness-path";
            case "ready" -> "quarkus.smallrye-health.readiness-path";
            case "started" -> "quarkus.smallrye-health.startup-path";
            default -> throw new IllegalArgumentException("no health group " + group);
        };
    }

    private Optional<String> find(String property) {
        String variable = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        if (environment.containsKey(variable)) {
            return Optional.of(environment.get(variable));
        }
        return Optional.ofNullable(properties.getProperty(property)).map(this::expand);
    }

    private String expand(String value) {
        Matcher expression = EXPRESSION.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (expression.find()) {
            String name = expression.group(1);
            String fallback = expression.group(2) == null ? "" : expression.group(2);
            String replacement = environment.getOrDefault(name, Optional.ofNullable(properties.getProperty(name))
                    .map(this::expand).orElse(fallback));
            expression.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        expression.appendTail(expanded);
        return expanded.toString();
    }
}
