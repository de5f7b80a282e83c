package dev.jwksserver.pem;

import dev.jwksserver.testing.PemText;
import dev.jwksserver.testing.TestKeys;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated and truncated PEM input, made from valid input of every accepted format with a fixed seed: the reader
 * either reads it or throws {@link PemException}, never anything else.
 */
class PemFuzzTest {

    private static final long SEED = 20261203L;
    private static final int ROUNDS = 6000;
    private static final String PASSWORD = "fuzz-password";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

    private static final List<String> VALID = new ArrayList<>();

    @BeforeAll
    static void makeValidInputs() throws Exception {
        KeyPair rsa = TestKeys.rsa(2048);
        KeyPair ec = TestKeys.ec("secp256r1");
        KeyPair ed = TestKeys.ed25519();
        PrivateKeyInfo rsaInfo = PrivateKeyInfo.getInstance(rsa.getPrivate().getEncoded());
        PrivateKeyInfo ecInfo = PrivateKeyInfo.getInstance(ec.getPrivate().getEncoded());
        SubjectPublicKeyInfo rsaPublic = SubjectPublicKeyInfo.getInstance(rsa.getPublic().getEncoded());
        VALID.add(PemText.privateKey(rsa.getPrivate()));
        VALID.add(PemText.block("RSA PRIVATE KEY", rsaInfo.parsePrivateKey().toASN1Primitive().getEncoded()));
        VALID.add(PemText.block("EC PRIVATE KEY", ecInfo.parsePrivateKey().toASN1Primitive().getEncoded()));
        VALID.add(PemText.privateKey(ed.getPrivate()));
        VALID.add(PemText.encryptedPrivateKey(ec.getPrivate(), PASSWORD));
        VALID.add(PemText.publicKey(ed));
        VALID.add(PemText.block("RSA PUBLIC KEY", rsaPublic.parsePublicKey().getEncoded()));
        VALID.add(PemText.privateKey(ec.getPrivate())
                + PemText.certificates(List.of(TestKeys.selfSigned(ec, "fuzz"))));
    }

    @Test
    void mutatedAndTruncatedInputsGiveOnlyPemException() {
        Random random = new Random(SEED);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String input = mutate(VALID.get(random.nextInt(VALID.size())), random);
            try {
                PemKeys.read(input, PASSWORD.toCharArray());
            } catch (PemException e) {
                refused++;
                assertTrue(!e.getMessage().contains(PASSWORD), e.getMessage());
            } catch (Throwable e) {
                fail("round " + round + " threw " + e + " for input:\n" + input, e);
            }
        }
        assertTrue(refused > ROUNDS / 2, "only " + refused + " of " + ROUNDS + " inputs were refused");
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> out.setLength(at);
                case 1 -> out.setCharAt(at, BASE64.charAt(random.nextInt(BASE64.length())));
                case 2 -> out.deleteCharAt(at);
                case 3 -> out.insert(at, (char) random.nextInt(128));
                case 4 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(80)));
                default -> out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(80))));
            }
        }
        return out.toString();
    }
}
