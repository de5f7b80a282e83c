package dev.jwksserver.it;

import dev.jwksserver.testing.TestKeys;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A keystore opened with the wrong password fails the deployment with one clear line, and never falls back to
 * generated keys.
 */
@ExtendWith(ArquillianExtension.class)
class BrokenKeystoreIT {

    private static final String DEPLOYMENT = "wrong-password";
    private static final String WRONG_PASSWORD = "wrong-password-7f3a9c";

    private static Path keystore;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        keystore = new TestKeys.Keystore().key("only", TestKeys.rsa(2048))
                .writeTo(Deployments.workDirectory("broken-keystore").resolve("keys.p12"), "the-right-password");
        return Deployments.war(Map.of(
                "jwks.keystore.path", keystore.toString(),
                "jwks.keystore.password", WRONG_PASSWORD));
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void failsTheDeploymentNamingThePathAndNeverThePassword() throws Exception {
        long logSizeBefore = Files.size(Deployments.serverLog());

        if (Deployments.reportsFailedDeployments()) {
            assertThrows(Exception.class, () -> deployer.deploy(DEPLOYMENT));
        } else {
            assertNoKeySetServed();
        }

        String log = Files.readString(Deployments.serverLog()).substring((int) logSizeBefore);
        assertTrue(log.contains("Cannot load signing keys from PKCS12 keystore " + keystore
                + ": the password is wrong"), log);
        assertFalse(log.contains(WRONG_PASSWORD));
        assertFalse(log.contains("generated at deploy time"));
    }

    /**
     * Payara Micro's Arquillian connector answers once Micro has booted, also when the application failed to
     * deploy: there the failure shows as a server that serves no key set.
     */
    private void assertNoKeySetServed() {
        deployer.deploy(DEPLOYMENT);
        try {
            assertNotEquals(200, Http.get(Deployments.baseUrl(), "/api/jwks").statusCode());
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
