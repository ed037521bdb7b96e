package dev.acquire4j.testkit;

import dev.acquire4j.testkit.internal.tls.SelfSignedCertificates;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for a {@link FakeAcquireServer}: a key and a self-signed certificate made when this object is
 * created (valid for a week, never written to disk), the protocols the server offers, and the trust
 * material a client needs to accept it. Immutable and thread-safe.
 *
 * <pre>{@code
 * FakeTls tls = FakeTls.forLoopback();
 * try (FakeAcquireServer server = new FakeAcquireServer().tls(tls).start()) {
 *     ClientSettings settings = ClientSettings.builder()
 *         .baseUri(server.baseUri())                // https://127.0.0.1:<port>
 *         .trustStore(tls.trustStore())
 *         .apiKey(server.state().validKey()).build();
 * }
 * }</pre>
 */
public final class FakeTls {
    /** The protocols the server offers by default: TLS 1.3 and 1.2. */
    public static final List<String> MODERN_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private static final char[] NO_PASSWORD = new char[0];
    private static final String ALIAS = "acquire4j-fake-server";

    private final SelfSignedCertificates.Issued issued;
    private final List<String> names;
    private final List<String> protocols;

    private FakeTls(SelfSignedCertificates.Issued issued, List<String> names, List<String> protocols) {
        this.issued = issued;
        this.names = names;
        this.protocols = protocols;
    }

    /** {@return TLS with a new certificate for {@code 127.0.0.1} and {@code localhost}, offering TLS 1.3 and 1.2} */
    public static FakeTls forLoopback() {
        return forNames("127.0.0.1", "localhost");
    }

    /**
     * {@return TLS with a new certificate for exactly these names}, e.g. a name the client does not
     * connect to, to show that a client checks the host name
     *
     * @param names host names or IP literals, at least one
     * @throws IllegalArgumentException if no name is given or one is blank
     */
    public static FakeTls forNames(String... names) {
        List<String> list = List.of(names);
        if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("names: give at least one non-blank host name or IP literal");
        }
        return new FakeTls(SelfSignedCertificates.issue("acquire4j fake server", list), list, MODERN_PROTOCOLS);
    }

    /**
     * {@return the same certificate, the server offering only these protocols}, e.g.
     * {@code "TLSv1.1"} to show that a client refuses anything older than TLS 1.2 (the JDK's
     * security settings usually forbid it on both sides anyway)
     *
     * @param offered protocol names as {@link javax.net.ssl.SSLSocket#setEnabledProtocols} takes them
     */
    public FakeTls withProtocols(String... offered) {
        List<String> list = List.of(offered);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("offered: give at least one protocol");
        }
        return new FakeTls(issued, names, list);
    }

    /** {@return the server's certificate} */
    public X509Certificate certificate() {
        return issued.certificate();
    }

    /** {@return the names the certificate is for} */
    public List<String> names() {
        return names;
    }

    /** {@return the protocols the server offers} */
    public List<String> protocols() {
        return protocols;
    }

    /** {@return a new in-memory trust store (type PKCS12) holding only the server's certificate} */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(ALIAS, issued.certificate());
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make an in-memory trust store", e);
        }
    }

    /** {@return a new client {@link SSLContext} that trusts only the server's certificate} */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a client SSLContext", e);
        }
    }

    /** {@return a new server {@link SSLContext} holding the key and certificate; for the fake server} */
    SSLContext serverContext() {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(ALIAS, issued.keys().getPrivate(), NO_PASSWORD, new Certificate[] {issued.certificate()});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, NO_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the fake server's SSLContext", e);
        }
    }

    @Override
    public String toString() {
        return "FakeTls[names=" + names + ", protocols=" + protocols + "]";
    }

    /** {@return the protocols as an array, for the server socket} */
    String[] protocolArray() {
        return protocols.toArray(new String[0]);
    }
}
