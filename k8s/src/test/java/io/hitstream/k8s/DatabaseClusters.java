package io.hitstream.k8s;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the CloudNativePG operator makes for each rendered {@code Cluster}: the Services {@code <name>-rw} (primary),
 * {@code -ro} (replicas) and {@code -r} (any), and the owner's Secret {@code <name>-app}.
 */
record DatabaseClusters(Manifests manifests) {
    /** The keys of the operator's application Secret that pods may reference. */
    static final Set<String> APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname", "uri",
            "jdbc-uri");

    List<String> services() {
        return names().flatMap(name -> Stream.of(name + "-rw", name + "-ro", name + "-r")).toList();
    }

    List<String> appSecrets() {
        return names().map(name -> name + "-app").toList();
    }

    private Stream<String> names() {
        return manifests.ofKind("Cluster")
                .filter(cluster -> cluster.path("apiVersion").asText().startsWith("postgresql.cnpg.io/"))
                .map(Manifests::nameOf);
    }
}
