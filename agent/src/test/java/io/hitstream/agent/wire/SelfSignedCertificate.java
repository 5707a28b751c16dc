package io.hitstream.agent.wire;

import io.grpc.netty.GrpcSslContexts;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;

/** A certificate for localhost and 127.0.0.1 made at test time with the JDK's keytool: the server's TLS, and the PEM a client trusts. */
public final class SelfSignedCertificate {

    private static final String ALIAS = "ingest";
    private static final char[] PASSWORD = "changeit".toCharArray();

    private final KeyStore keyStore;
    private final Path pem;

    private SelfSignedCertificate(KeyStore keyStore, Path pem) {
        this.keyStore = keyStore;
        this.pem = pem;
    }

    /** Generates the key pair and certificate in {@code directory}. */
    public static SelfSignedCertificate generate(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Path store = directory.resolve("ingest.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        String encoded = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyStore.getCertificate(ALIAS).getEncoded());
        Path pem = Files.writeString(directory.resolve("ingest.crt"),
                "-----BEGIN CERTIFICATE-----\n" + encoded + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        return new SelfSignedCertificate(keyStore, pem);
    }

    /** The certificate as PEM, what a client is told to trust. */
    public Path pem() {
        return pem;
    }

    public SslContext serverContext() throws GeneralSecurityException, IOException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        return GrpcSslContexts.configure(SslContextBuilder.forServer(keys)).build();
    }
}
