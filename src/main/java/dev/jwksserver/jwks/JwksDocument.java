package dev.jwksserver.jwks;

import dev.jwksserver.json.JsonWriter;
import dev.jwksserver.keys.JwsAlgorithm;
import dev.jwksserver.keys.KeySet;
import dev.jwksserver.keys.SigningKey;
import io.jsonwebtoken.security.PublicJwk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The serialised JWK Set (RFC 7517 section 5) of one {@link KeySet}, with its strong entity tag.
 *
 * <p>Only public members are written, member by member, so a private parameter can never slip through whatever
 * the key object carries. The bytes are built once per key set and served as they are.
 */
public final class JwksDocument {

    /** The members each published key may have, in the order they are written. */
    private static final List<String> KEY_MEMBERS = List.of("n", "e", "crv", "x", "y");

    private final KeySet keySet;
    private final byte[] json;
    private final String entityTag;
    private final String quotedEntityTag;

    private JwksDocument(KeySet keySet, byte[] json) {
        this.keySet = keySet;
        this.json = json;
        this.entityTag = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(json));
        this.quotedEntityTag = '"' + entityTag + '"';
    }

    /**
     * Builds the document of a key set.
     *
     * @param keySet the keys to publish, in order
     * @return the document
     */
    public static JwksDocument of(KeySet keySet) {
        List<Map<String, Object>> keys = new ArrayList<>(keySet.keys().size());
        for (SigningKey key : keySet.keys()) {
            keys.add(publicMembers(key));
        }
        return new JwksDocument(keySet, JsonWriter.toBytes(Map.of("keys", keys)));
    }

    /**
     * The public members of one key: {@code kty}, {@code kid}, {@code use}, {@code alg}, the key parameters of
     * RFC 7518 section 6 or RFC 8037 section 2, and {@code x5c} and {@code x5t#S256} (RFC 7517 sections 4.7 and
     * 4.9) when the key has a certificate.
     */
    static Map<String, Object> publicMembers(SigningKey key) {
        return publicMembers(key.publicJwk(), key.kid(), key.algorithm(), key.certificateChain());
    }

    /**
     * The public members of a key, in the order the JWK Set writes them; shared with the PEM conversion command
     * so that both write the same JSON.
     *
     * @param publicJwk the public JWK (jjwt); only the members listed in this class are read from it
     * @param kid the key id
     * @param algorithm the JWS algorithm the key signs with
     * @param certificateChain the certificates, leaf first, or an empty list
     * @return the members, ordered
     */
    public static Map<String, Object> publicMembers(PublicJwk<?> publicJwk, String kid, JwsAlgorithm algorithm,
            List<X509Certificate> certificateChain) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", publicJwk.getType());
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        jwk.put("alg", algorithm.name());
        for (String member : KEY_MEMBERS) {
            Object value = publicJwk.get(member);
            if (value != null) {
                jwk.put(member, value.toString());
            }
        }
        if (!certificateChain.isEmpty()) {
            jwk.put("x5c", certificateChain(certificateChain));
            jwk.put("x5t#S256", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(sha256(der(certificateChain.get(0)))));
        }
        return jwk;
    }

    private static List<String> certificateChain(List<X509Certificate> chain) {
        // RFC 7517 section 4.7: standard base64 (not base64url) of each DER certificate, leaf first.
        List<String> encoded = new ArrayList<>(chain.size());
        for (X509Certificate certificate : chain) {
            encoded.add(Base64.getEncoder().encodeToString(der(certificate)));
        }
        return encoded;
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A certificate that was decoded cannot be encoded again", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** @return the key set this document publishes */
    public KeySet keySet() {
        return keySet;
    }

    /** @return the JSON bytes; callers must not modify them */
    byte[] json() {
        return json;
    }

    /** @return a copy of the JSON bytes */
    public byte[] jsonCopy() {
        return json.clone();
    }

    /** @return the strong entity tag value (without quotes): the base64url SHA-256 of the bytes */
    public String entityTag() {
        return entityTag;
    }

    /** @return the entity tag as the {@code ETag} header carries it, quoted (RFC 9110 section 8.8.3) */
    public String quotedEntityTag() {
        return quotedEntityTag;
    }
}
