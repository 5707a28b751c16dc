package io.hitstream.ingest.grpc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Serves ingest over TLS only, as an operator would: generates a self-signed certificate for localhost
 * with the JDK's keytool, writes it and its key as PEM files and points Quarkus' HTTP TLS at them.
 *
 * <p>The test instance gets the certificate to trust in a field of type {@link ServerCertificate}.
 */
public class SelfSignedTls implements QuarkusTestResourceLifecycleManager {
    /** The PEM certificate the server presents. */
    record ServerCertificate(Path pem) {
    }

    private static final String ALIAS = "ingest";
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    private Path directory;
    private ServerCertificate certificate;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("ingest-tls");
            Path keyStore = directory.resolve("ingest.p12");
            generate(keyStore);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, STORE_PASSWORD);
            }
            Path cert = writePem(directory.resolve("ingest.crt"), "CERTIFICATE", store.getCertificate(ALIAS).getEncoded());
            // PKCS12 keeps the private key in PKCS#8, which is what a PEM "PRIVATE KEY" holds.
            Path key = writePem(directory.resolve("ingest.key"), "PRIVATE KEY", store.getKey(ALIAS, STORE_PASSWORD).getEncoded());
            certificate = new ServerCertificate(cert);
            return Map.of(
                    "quarkus.http.ssl.certificate.files", cert.toString(),
                    "quarkus.http.ssl.certificate.key-files", key.toString(),
                    "quarkus.http.insecure-requests", "disabled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(certificate, new TestInjector.MatchesType(ServerCertificate.class));
    }

    @Override
    public void stop() {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generate(Path keyStore) throws IOException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", ALIAS,
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD)))
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
    }

    private static Path writePem(Path file, String type, byte[] der) throws IOException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n", StandardCharsets.US_ASCII);
        return file;
    }
}
