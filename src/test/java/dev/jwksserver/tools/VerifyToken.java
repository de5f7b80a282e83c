package dev.jwksserver.tools;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.URI;
import java.util.Set;

/**
 * Verifies a token the way a resource server does, with nimbus-jose-jwt, independent of jwks-server's code:
 * fetches the JWKS, checks signature, {@code alg}, {@code kid}, {@code typ}, {@code iss}, {@code aud} and
 * {@code exp}, then prints the header and claims.
 *
 * <p>{@code mvn -q test-compile exec:java@verify-token -Dexec.args="ISSUER AUDIENCE TOKEN"}
 */
public final class VerifyToken {

    private VerifyToken() {
    }

    /**
     * @param args the issuer (such as {@code http://127.0.0.1:8080}), the expected audience and the token
     * @throws Exception when the token does not verify
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: VerifyToken ISSUER AUDIENCE TOKEN");
        }
        String issuer = args[0].replaceAll("/+$", "");
        SignedJWT jwt = SignedJWT.parse(args[2]);
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(issuer + "/api/jwks").toURL())
                .retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256,
                JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA), keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(args[1]),
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp", "iat", "jti", "sub"), Set.of()));
        JWTClaimsSet claims = processor.process(jwt, null);
        System.out.println("valid: signed by kid " + jwt.getHeader().getKeyID() + " with "
                + jwt.getHeader().getAlgorithm());
        System.out.println("header: " + jwt.getHeader().toJSONObject());
        System.out.println("claims: " + claims.toJSONObject());
    }
}
