package dev.jwksserver.keys;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import java.io.IOException;
import java.security.PublicKey;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of key jwks-server accepts, and the JWS algorithms each may sign with.
 *
 * <p>RSA keys of at least {@value JwsAlgorithm#MIN_RSA_BITS} bits sign with any RS or PS algorithm (RFC 7518
 * sections 3.3 and 3.5). An EC key is bound to the one algorithm of its curve (RFC 7518 section 3.4), and an
 * Ed25519 key to {@code EdDSA} (RFC 8037 section 3.1). Everything else is refused.
 */
public enum KeyType {

    /** RSA, at least {@value JwsAlgorithm#MIN_RSA_BITS} bits. */
    RSA("RSA", JwsAlgorithm.RS256, EnumSet.of(JwsAlgorithm.RS256, JwsAlgorithm.RS384, JwsAlgorithm.RS512,
            JwsAlgorithm.PS256, JwsAlgorithm.PS384, JwsAlgorithm.PS512)),
    /** EC on P-256 (secp256r1). */
    EC_P256("EC P-256", JwsAlgorithm.ES256, EnumSet.of(JwsAlgorithm.ES256)),
    /** EC on P-384 (secp384r1). */
    EC_P384("EC P-384", JwsAlgorithm.ES384, EnumSet.of(JwsAlgorithm.ES384)),
    /** EC on P-521 (secp521r1). */
    EC_P521("EC P-521", JwsAlgorithm.ES512, EnumSet.of(JwsAlgorithm.ES512)),
    /** The Edwards curve Ed25519, published as an OKP key (RFC 8037 section 2). */
    ED25519("Ed25519", JwsAlgorithm.EdDSA, EnumSet.of(JwsAlgorithm.EdDSA));

    /** What the error messages list as accepted. */
    public static final String ACCEPTED = "RSA (at least " + JwsAlgorithm.MIN_RSA_BITS
            + " bits), EC on P-256, P-384 or P-521, and Ed25519";

    private static final Map<ASN1ObjectIdentifier, KeyType> CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, EC_P256,
            SECObjectIdentifiers.secp384r1, EC_P384,
            SECObjectIdentifiers.secp521r1, EC_P521);

    private static final Map<ASN1ObjectIdentifier, String> REFUSED_ALGORITHMS = Map.of(
            X9ObjectIdentifiers.id_dsa, "a DSA key",
            EdECObjectIdentifiers.id_Ed448, "an Ed448 key",
            EdECObjectIdentifiers.id_X25519, "an X25519 key (key agreement, not signing)",
            EdECObjectIdentifiers.id_X448, "an X448 key (key agreement, not signing)",
            PKCSObjectIdentifiers.id_RSASSA_PSS, "an RSASSA-PSS-restricted RSA key",
            PKCSObjectIdentifiers.dhKeyAgreement, "a Diffie-Hellman key",
            X9ObjectIdentifiers.dhpublicnumber, "a Diffie-Hellman key");

    private final String displayName;
    private final JwsAlgorithm defaultAlgorithm;
    private final Set<JwsAlgorithm> algorithms;

    KeyType(String displayName, JwsAlgorithm defaultAlgorithm, Set<JwsAlgorithm> algorithms) {
        this.displayName = displayName;
        this.defaultAlgorithm = defaultAlgorithm;
        this.algorithms = algorithms;
    }

    /** @return the algorithm a key of this type signs with unless configured otherwise */
    public JwsAlgorithm defaultAlgorithm() {
        return defaultAlgorithm;
    }

    /** @return whether a key of this type may sign with the algorithm */
    public boolean accepts(JwsAlgorithm algorithm) {
        return algorithms.contains(algorithm);
    }

    /** @return the algorithms a key of this type may sign with */
    public Set<JwsAlgorithm> algorithms() {
        return EnumSet.copyOf(algorithms);
    }

    @Override
    public String toString() {
        return displayName;
    }

    /**
     * Identifies a public key from its SubjectPublicKeyInfo encoding (RFC 5280 section 4.1.2.7), whichever
     * provider made the Java object.
     *
     * @param publicKey any public key
     * @return its type
     * @throws KeyLoadException naming what the key is and what is accepted, if it is not accepted
     */
    public static KeyType of(PublicKey publicKey) {
        return of(subjectPublicKeyInfo(publicKey));
    }

    /**
     * Identifies an encoded public key, checking the curve of EC keys and the size of RSA keys.
     *
     * @param info the SubjectPublicKeyInfo structure
     * @return its type
     * @throws KeyLoadException naming what the key is and what is accepted, if it is not accepted
     */
    public static KeyType of(SubjectPublicKeyInfo info) {
        KeyType type = of(info.getAlgorithm());
        if (type == RSA) {
            checkRsaSize(info);
        }
        return type;
    }

    /**
     * Identifies a key by its algorithm identifier alone, as found in a SubjectPublicKeyInfo or a PKCS#8
     * PrivateKeyInfo (RFC 5958 section 2). The size of an RSA key is not known here.
     *
     * @param identifier the key's algorithm identifier with its parameters
     * @return its type
     * @throws KeyLoadException naming what the key is and what is accepted, if it is not accepted
     */
    public static KeyType of(AlgorithmIdentifier identifier) {
        ASN1ObjectIdentifier algorithm = identifier.getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            return RSA;
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            return curveOf(identifier);
        }
        if (EdECObjectIdentifiers.id_Ed25519.equals(algorithm)) {
            return ED25519;
        }
        throw refused(REFUSED_ALGORITHMS.getOrDefault(algorithm, "a key of algorithm " + algorithm.getId()));
    }

    private static SubjectPublicKeyInfo subjectPublicKeyInfo(PublicKey publicKey) {
        byte[] encoded = publicKey.getEncoded();
        if (encoded == null) {
            throw refused("a " + publicKey.getAlgorithm() + " key without a standard encoding");
        }
        try {
            return SubjectPublicKeyInfo.getInstance(encoded);
        } catch (IllegalArgumentException e) {
            throw new KeyLoadException("the public key is not a valid SubjectPublicKeyInfo structure", e);
        }
    }

    private static void checkRsaSize(SubjectPublicKeyInfo info) {
        int bits;
        try {
            bits = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(info.parsePublicKey()).getModulus()
                    .bitLength();
        } catch (IOException | IllegalArgumentException e) {
            throw new KeyLoadException("the RSA public key is malformed", e);
        }
        if (bits < JwsAlgorithm.MIN_RSA_BITS) {
            throw new KeyLoadException("an RSA key of " + bits + " bits is too small; at least "
                    + JwsAlgorithm.MIN_RSA_BITS + " bits are accepted");
        }
    }

    private static KeyType curveOf(AlgorithmIdentifier identifier) {
        ASN1Primitive parameters = identifier.getParameters() == null
                ? null : identifier.getParameters().toASN1Primitive();
        if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
            // RFC 5480 section 2.1.1: only named curves are allowed in PKIX; explicit parameters hide the curve.
            throw refused("an EC key with explicit (unnamed) curve parameters");
        }
        KeyType type = CURVES.get(curve);
        if (type == null) {
            String name = ECNamedCurveTable.getName(curve);
            throw new KeyLoadException("the EC curve " + (name == null ? curve.getId() : name)
                    + " is not accepted; P-256, P-384 and P-521 are");
        }
        return type;
    }

    private static KeyLoadException refused(String found) {
        return new KeyLoadException(found + " is not accepted; accepted keys are " + ACCEPTED);
    }
}
