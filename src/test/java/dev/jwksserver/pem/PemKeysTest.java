package dev.jwksserver.pem;

import dev.jwksserver.jwks.JwksDocument;
import dev.jwksserver.keys.AlgorithmPolicy;
import dev.jwksserver.keys.KeyType;
import dev.jwksserver.keys.SigningKey;
import dev.jwksserver.testing.Fixtures;
import dev.jwksserver.testing.PemText;
import dev.jwksserver.testing.TestKeys;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;
import jakarta.json.JsonObject;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PemKeysTest {

    private static final String ACCEPTED_KEYS = "accepted keys are RSA (at least 2048 bits), EC on P-256, P-384 or "
            + "P-521, and Ed25519";

    private static PemContent read(String resource) {
        return PemKeys.read(Fixtures.text(resource), null);
    }

    private static Map<String, Object> publicMembers(PemContent content) {
        var publicKey = content.hasKey() ? content.publicKey() : PemKeys.publicKeyOf(content.certificates().get(0));
        PublicJwk<?> jwk = Jwks.builder().key(publicKey).build();
        return JwksDocument.publicMembers(jwk, jwk.thumbprint().toString(),
                AlgorithmPolicy.DEFAULTS.choose(KeyType.of(publicKey), "test"), content.certificates());
    }

    private static String unsigned(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes[0] == 0 && bytes.length > 1 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    }

    @Test
    void convertsThePublicKeyOfTheOriginalDescriptionToItsJwk() {
        JsonObject expected = Fixtures.json("original-description/expected-public-jwk.json");

        Map<String, Object> jwk = publicMembers(read("original-description/public-key.pem"));

        assertEquals(expected.getString("kty"), jwk.get("kty"));
        assertEquals(expected.getString("n"), jwk.get("n"));
        assertEquals(expected.getString("e"), jwk.get("e"));
        assertEquals(expected.getString("alg"), jwk.get("alg"));
        assertEquals("RS256", jwk.get("alg"));
    }

    @Test
    void readsTheRfc7517RsaKeyAsPublicAndPrivatePemWithTheRfc7638Thumbprint() {
        JsonObject expected = Fixtures.json("rfc/rsa-2048-rfc7517-a2.jwk.json");

        PemContent publicOnly = read("rfc/rsa-2048-rfc7517-a1-public.pem");
        PemContent pair = read("rfc/rsa-2048-rfc7517-a2-private.pem");

        assertEquals(expected.getString("n"), publicMembers(publicOnly).get("n"));
        assertEquals(expected.getString("e"), publicMembers(publicOnly).get("e"));
        assertEquals(publicOnly.publicKey(), pair.publicKey());
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) pair.privateKey();
        assertEquals(expected.getString("d"), unsigned(privateKey.getPrivateExponent()));
        assertEquals(expected.getString("qi"), unsigned(privateKey.getCrtCoefficient()));
        assertEquals(expected.getString("rfc7638-thumbprint"), SigningKey.thumbprint(pair.publicKey()));
        assertEquals(KeyType.RSA, pair.type());
    }

    @Test
    void readsTheRfc7517EcKeyAsPublicAndPrivatePem() {
        JsonObject expected = Fixtures.json("rfc/ec-p256-rfc7517-a2.jwk.json");

        PemContent publicOnly = read("rfc/ec-p256-rfc7517-a1-public.pem");
        PemContent pair = read("rfc/ec-p256-rfc7517-a2-private.pem");

        Map<String, Object> jwk = publicMembers(pair);
        assertEquals(List.of("kty", "kid", "use", "alg", "crv", "x", "y"), List.copyOf(jwk.keySet()));
        assertEquals("ES256", jwk.get("alg"));
        assertEquals(expected.getString("crv"), jwk.get("crv"));
        assertEquals(expected.getString("x"), jwk.get("x"));
        assertEquals(expected.getString("y"), jwk.get("y"));
        assertEquals(publicOnly.publicKey(), pair.publicKey());
        assertEquals(expected.getString("d"), unsigned(((ECPrivateKey) pair.privateKey()).getS()));
    }

    @Test
    void readsTheRfc7517AppendixBCertificateIntoX5c() {
        JsonObject expected = Fixtures.json("rfc/rsa-2048-rfc7517-b.jwk.json");

        Map<String, Object> jwk = publicMembers(read("rfc/rsa-2048-rfc7517-b-certificate.pem"));

        assertEquals(expected.getString("n"), jwk.get("n"));
        assertEquals(expected.getString("e"), jwk.get("e"));
        assertEquals(List.of(expected.getJsonArray("x5c").getString(0)), jwk.get("x5c"));
    }

    @Test
    void readsTheRfc8037Ed25519KeyWithItsThumbprint() {
        JsonObject expected = Fixtures.json("rfc/ed25519-rfc8037-a.jwk.json");

        PemContent pair = read("rfc/ed25519-rfc8037-a-private.pem");
        PemContent publicOnly = read("rfc/ed25519-rfc8037-a-public.pem");

        Map<String, Object> jwk = publicMembers(pair);
        assertEquals(List.of("kty", "kid", "use", "alg", "crv", "x"), List.copyOf(jwk.keySet()));
        assertEquals("OKP", jwk.get("kty"));
        assertEquals("EdDSA", jwk.get("alg"));
        assertEquals(expected.getString("crv"), jwk.get("crv"));
        assertEquals(expected.getString("x"), jwk.get("x"));
        assertEquals(expected.getString("rfc8037-a3-thumbprint"), jwk.get("kid"));
        assertEquals(publicOnly.publicKey(), pair.publicKey());
        assertArrayEquals(Base64.getUrlDecoder().decode(expected.getString("d")),
                ((EdECPrivateKey) pair.privateKey()).getBytes().orElseThrow());
    }

    @Test
    void readsAKeyWithItsCertificateChainLeafFirst() {
        KeyPair pair = TestKeys.ec("secp384r1");
        var certificate = TestKeys.selfSigned(pair, "leaf");

        PemContent content = PemKeys.read(PemText.privateKey(pair.getPrivate())
                + PemText.certificates(List.of(certificate)), null);

        assertEquals(List.of(certificate), content.certificates());
        assertEquals(KeyType.EC_P384, content.type());
    }

    @Test
    void readsAnEncryptedPrivateKeyWithItsPassword() {
        KeyPair pair = TestKeys.ed25519();

        PemContent content = PemKeys.read(PemText.encryptedPrivateKey(pair.getPrivate(), "pem-pass"),
                "pem-pass".toCharArray());

        assertEquals(pair.getPublic(), content.publicKey());
    }

    @Test
    void refusesACertificateThatCertifiesAnotherKey() {
        KeyPair pair = TestKeys.ec("secp256r1");
        var other = TestKeys.selfSigned(TestKeys.ec("secp256r1"), "someone-else");

        PemException error = assertThrows(PemException.class, () -> PemKeys.read(
                PemText.privateKey(pair.getPrivate()) + PemText.certificates(List.of(other)), null));

        assertEquals("the certificate CN=someone-else does not match the private key: it certifies another "
                + "public key; the first certificate must be the one issued for this key", error.getMessage());
    }

    @Test
    void refusesRsaKeysUnder2048Bits() {
        PemException error = assertThrows(PemException.class,
                () -> PemKeys.read(PemText.privateKey(TestKeys.rsa(1024).getPrivate()), null));

        assertEquals("an RSA key of 1024 bits is too small; at least 2048 bits are accepted", error.getMessage());
    }

    @Test
    void refusesTheSecp256k1Curve() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("secp256k1"));

        PemException error = assertThrows(PemException.class,
                () -> PemKeys.read(PemText.privateKey(generator.generateKeyPair().getPrivate()), null));

        assertEquals("the EC curve secp256k1 is not accepted; P-256, P-384 and P-521 are", error.getMessage());
    }

    @Test
    void refusesDsaKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("DSA");
        generator.initialize(2048);

        PemException error = assertThrows(PemException.class,
                () -> PemKeys.read(PemText.privateKey(generator.generateKeyPair().getPrivate()), null));

        assertEquals("a DSA key is not accepted; " + ACCEPTED_KEYS, error.getMessage());
    }

    @Test
    void refusesTextWithoutPem() {
        PemException error = assertThrows(PemException.class, () -> PemKeys.read("not a key at all\n", null));

        assertEquals("no PEM object was found (one starts with a line such as -----BEGIN PRIVATE KEY-----); "
                + "accepted PEM objects are " + PemKeys.ACCEPTED_OBJECTS, error.getMessage());
    }

    @Test
    void refusesATruncatedFile() {
        String pem = PemText.privateKey(TestKeys.rsa(2048).getPrivate());

        PemException error = assertThrows(PemException.class,
                () -> PemKeys.read(pem.substring(0, pem.length() / 2), null));

        assertEquals("the PEM text is truncated or damaged: a BEGIN line has no matching END line, or a block is "
                + "not base64", error.getMessage());
    }

    @Test
    void refusesAWrongPasswordWithoutNamingIt() {
        String pem = PemText.encryptedPrivateKey(TestKeys.ec("secp256r1").getPrivate(), "right-password");

        PemException error = assertThrows(PemException.class,
                () -> PemKeys.read(pem, "wrong-password".toCharArray()));

        assertEquals("the ENCRYPTED PRIVATE KEY cannot be decrypted: the password is wrong, or the file is "
                + "damaged", error.getMessage());
    }

    @Test
    void refusesAnEncryptedKeyWithoutPassword() {
        String pem = PemText.encryptedPrivateKey(TestKeys.ec("secp256r1").getPrivate(), "right-password");

        PemException error = assertThrows(PemException.class, () -> PemKeys.read(pem, null));

        assertEquals("it holds an ENCRYPTED PRIVATE KEY, but no password was given", error.getMessage());
    }

    @Test
    void refusesPemObjectsOfOtherTypes() {
        PemException error = assertThrows(PemException.class,
                () -> PemKeys.read(PemText.block("DSA PRIVATE KEY", new byte[] {48, 0}), null));

        assertEquals("it holds a DSA PRIVATE KEY (DSA keys are not accepted), which is not accepted; accepted PEM "
                + "objects are " + PemKeys.ACCEPTED_OBJECTS, error.getMessage());
    }

    @Test
    void refusesTwoPrivateKeysInOneText() {
        String two = PemText.privateKey(TestKeys.ed25519().getPrivate())
                + PemText.privateKey(TestKeys.ed25519().getPrivate());

        PemException error = assertThrows(PemException.class, () -> PemKeys.read(two, null));

        assertEquals("it holds 2 private keys; one key per file is accepted", error.getMessage());
    }

    @Test
    void readsCertificatesAloneWithoutAKey() {
        var certificate = TestKeys.selfSigned(TestKeys.rsa(2048), "ca");

        PemContent content = PemKeys.read(PemText.certificates(List.of(certificate)), null);

        assertNull(content.publicKey());
        assertEquals(List.of(certificate), content.certificates());
    }
}
