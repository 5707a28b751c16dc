package io.hitstream.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Fallback of {@code ./hitstream} for machines without a PostgreSQL server: runs an embedded one on a given
 * port with its data kept in a given folder, until the process is stopped.
 *
 * <p>Usage: {@code EmbeddedPostgresLauncher <port> <data-dir>}
 */
public final class EmbeddedPostgresLauncher {
    private EmbeddedPostgresLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedPostgresLauncher <port> <data-dir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
        System.out.println("embedded PostgreSQL listening on 127.0.0.1:" + port);
        new CountDownLatch(1).await();
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
