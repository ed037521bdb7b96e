package dev.acquire4j.testkit.internal.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a self-signed X.509 v3 certificate on an EC P-256 key, for names given at run time, valid
 * from a day ago for a week: nothing is stored, so nothing expires in the repository. Written with
 * our own DER encoder rather than a certificate library, so that the testkit (which the CLI ships)
 * pulls in no cryptography jar. Stateless and thread-safe.
 */
public final class SelfSignedCertificates {
    private static final String EC_PUBLIC_KEY_CURVE = "secp256r1";
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final int SAN_DNS = 0x82;
    private static final int SAN_IP = 0x87;

    private SelfSignedCertificates() {}

    /** A key pair and the certificate that binds its public key to the names. */
    public record Issued(KeyPair keys, X509Certificate certificate) {}

    /**
     * {@return a new key pair and its self-signed certificate}
     *
     * @param commonName the subject's (and issuer's) common name
     * @param names the subject alternative names: IP literals become IP entries, others DNS entries
     * @throws IllegalStateException if the JDK lacks EC or SHA256withECDSA (every JDK 17 has them)
     */
    public static Issued issue(String commonName, List<String> names) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(EC_PUBLIC_KEY_CURVE));
            KeyPair keys = generator.generateKeyPair();
            byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
            byte[] name = Der.sequence(Der.tagged(Der.SET, Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
            ZonedDateTime now = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            byte[] tbs = Der.sequence(
                    Der.tagged(0xa0, Der.integer(BigInteger.TWO)), // [0] version: v3
                    Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                    algorithm,
                    name,
                    Der.sequence(Der.time(now.minusDays(1)), Der.time(now.plusDays(7))),
                    name,
                    keys.getPublic().getEncoded(), // already a DER SubjectPublicKeyInfo
                    Der.tagged(0xa3, Der.sequence(subjectAltNames(names)))); // [3] extensions
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            return new Issued(keys, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a self-signed certificate", e);
        }
    }

    private static byte[] subjectAltNames(List<String> names) {
        List<byte[]> entries = new ArrayList<>();
        for (String n : names) {
            byte[] ip = ipLiteral(n);
            entries.add(ip != null ? Der.tagged(SAN_IP, ip) : Der.tagged(SAN_DNS, n.getBytes(StandardCharsets.US_ASCII)));
        }
        return Der.sequence(Der.oid(SUBJECT_ALT_NAME), Der.octetString(Der.sequence(entries.toArray(new byte[0][]))));
    }

    /** {@return the address bytes of an IPv4 or IPv6 literal, or {@code null} for a host name (never resolved)} */
    private static byte[] ipLiteral(String name) {
        boolean literal = name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!literal) {
            return null;
        }
        try {
            return InetAddress.getByName(name).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + name, e);
        }
    }
}
