package dev.jwksserver.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The WAR the build produced, as integration tests deploy it: unchanged but for extra MicroProfile Config
 * values appended to its {@code microprofile-config.properties}.
 */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    /** @return the built WAR, unchanged */
    public static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "jwks-server.war").importFrom(builtWar().toFile())
                .as(WebArchive.class);
    }

    /**
     * @param config values to add, overriding the WAR's defaults
     * @return the built WAR with that configuration
     */
    public static WebArchive war(Map<String, String> config) {
        WebArchive war = war();
        StringBuilder properties = new StringBuilder(read(war)).append("\n# Added by the integration test\n");
        config.forEach((name, value) -> properties.append(name).append('=')
                .append(value.replace("\\", "\\\\")).append('\n'));
        war.delete(CONFIG);
        war.add(new StringAsset(properties.toString()), CONFIG);
        return war;
    }

    /** @return a fresh directory under {@code target/it-work} for files a test deployment reads */
    public static Path workDirectory(String name) {
        try {
            Path directory = Path.of(System.getProperty("it.work.dir", "target/it-work")).toAbsolutePath()
                    .resolve(name);
            Files.createDirectories(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the base URL of the test server, for deployments that a test deploys itself: the system property
     *     {@code it.base.url} that the server's Maven profile sets
     */
    public static URL baseUrl() {
        String url = System.getProperty("it.base.url",
                "http://127.0.0.1:" + System.getProperty("it.http.port", "8080") + "/");
        try {
            return new URL(url);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("it.base.url is not a URL: " + url, e);
        }
    }

    /**
     * @return the log file of the server the tests run on, from the system property {@code it.server.log} that
     *     the server's Maven profile sets; created empty when the server has not written it yet (Payara Micro
     *     starts with the first deployment), so that a test can measure it before deploying
     */
    public static Path serverLog() {
        Path log = Path.of(System.getProperty("it.server.log", "target/server/standalone/log/server.log"));
        try {
            if (Files.notExists(log)) {
                Files.createDirectories(log.toAbsolutePath().getParent());
                Files.createFile(log);
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return whether a deployment that fails on the server makes {@code Deployer.deploy} throw: not on Payara
     *     Micro, whose Arquillian connector (3.1) boots one Micro per deployment and answers once it is up
     */
    public static boolean reportsFailedDeployments() {
        return !System.getProperty("it.server", "wildfly").startsWith("payara-micro");
    }

    private static Path builtWar() {
        return Path.of(System.getProperty("it.war", "target/jwks-server.war"));
    }

    private static String read(WebArchive war) {
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
