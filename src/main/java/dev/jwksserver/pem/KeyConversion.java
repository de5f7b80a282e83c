package dev.jwksserver.pem;

import dev.jwksserver.keys.KeyType;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Turns decoded key structures into the JDK's own key objects, and derives the public key of a private key.
 *
 * <p>The JDK providers make the Java keys, so that jjwt, the JDK signature engines and the application server
 * all see their usual classes; Bouncy Castle only parses and computes.
 */
final class KeyConversion {

    private KeyConversion() {
    }

    /**
     * Derives the public key from the private key alone, so that a PKCS#8 file without its public half (as
     * openssl writes Ed25519 keys) still gives a JWK.
     */
    static SubjectPublicKeyInfo derivePublicKey(PrivateKeyInfo info, KeyType type) {
        try {
            AsymmetricKeyParameter privateKey = PrivateKeyFactory.createKey(info);
            AsymmetricKeyParameter publicKey = switch (type) {
                case RSA -> rsaPublicKey(privateKey);
                case ED25519 -> ((Ed25519PrivateKeyParameters) privateKey).generatePublicKey();
                case EC_P256, EC_P384, EC_P521 -> ecPublicKey((ECPrivateKeyParameters) privateKey);
            };
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PemException pem) {
                throw pem;
            }
            throw new PemException("the " + type + " private key is malformed; the file may be damaged", e);
        }
    }

    static PrivateKey toPrivateKey(PrivateKeyInfo info, KeyType type) {
        try {
            // Re-encoded as a version 1 PrivateKeyInfo: the JDK reads every key type from that form.
            byte[] encoded = new PrivateKeyInfo(info.getPrivateKeyAlgorithm(), info.parsePrivateKey()).getEncoded();
            return KeyFactory.getInstance(jcaName(type)).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException | GeneralSecurityException e) {
            throw new PemException("the " + type + " private key cannot be loaded; the file may be damaged", e);
        }
    }

    static PublicKey toPublicKey(SubjectPublicKeyInfo info, KeyType type) {
        try {
            return KeyFactory.getInstance(jcaName(type)).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new PemException("the " + type + " public key cannot be loaded; the file may be damaged", e);
        }
    }

    private static String jcaName(KeyType type) {
        return switch (type) {
            case RSA -> "RSA";
            case EC_P256, EC_P384, EC_P521 -> "EC";
            case ED25519 -> "Ed25519";
        };
    }

    private static RSAKeyParameters rsaPublicKey(AsymmetricKeyParameter privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKeyParameters crt)) {
            throw new PemException("the RSA private key lacks its public exponent, so its public key is unknown");
        }
        // RFC 8017 section 3.2: the modulus is the product of the primes; a damaged file breaks that.
        if (!crt.getP().multiply(crt.getQ()).equals(crt.getModulus())) {
            throw new PemException("the RSA private key is inconsistent (its primes do not give its modulus); "
                    + "the file may be damaged");
        }
        return new RSAKeyParameters(false, crt.getModulus(), crt.getPublicExponent());
    }

    private static ECPublicKeyParameters ecPublicKey(ECPrivateKeyParameters privateKey) {
        ECDomainParameters domain = privateKey.getParameters();
        BigInteger d = privateKey.getD();
        // SEC 1 section 3.2.1: the private key is an integer in [1, n-1].
        if (d.signum() <= 0 || d.compareTo(domain.getN()) >= 0) {
            throw new PemException("the EC private key is out of range for its curve; the file may be damaged");
        }
        return new ECPublicKeyParameters(new FixedPointCombMultiplier().multiply(domain.getG(), d).normalize(),
                domain);
    }
}
