package dev.jwksserver.it;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jwks.keystore.generate-if-missing}: the first deployment writes the keystore, a redeployment serves the
 * same keys from it.
 */
@ExtendWith(ArquillianExtension.class)
class GenerateIfMissingIT {

    private static final String DEPLOYMENT = "generate-if-missing";

    private static Path keystore;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() throws Exception {
        Path directory = Deployments.workDirectory("generate-if-missing");
        keystore = directory.resolve("state/keys.p12");
        Files.deleteIfExists(keystore);
        return Deployments.war(Map.of(
                "jwks.keystore.path", keystore.toString(),
                "jwks.keystore.password", "generated-keystore-password",
                "jwks.keystore.generate-if-missing", "true"));
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void writesTheKeystoreAndServesTheSameKidsAfterARedeploy() throws Exception {
        URL base = Deployments.baseUrl();
        assertFalse(Files.exists(keystore));

        deployer.deploy(DEPLOYMENT);
        List<String> first;
        try {
            first = kids(Http.get(base, "/api/jwks").body());
            assertTrue(Files.isRegularFile(keystore));
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
        deployer.deploy(DEPLOYMENT);
        try {
            assertEquals(first, kids(Http.get(base, "/api/jwks").body()));
            assertEquals(3, first.size());
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private static List<String> kids(String jwks) throws Exception {
        return JWKSet.parse(jwks).getKeys().stream().map(JWK::getKeyID).toList();
    }
}
