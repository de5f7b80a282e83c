package dev.jwksserver;

import groovy.lang.GroovyShell;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JenkinsfileTest {

    private static final Path JENKINSFILE = Path.of("Jenkinsfile");

    @Test
    void parsesAsGroovy() throws Exception {
        String pipeline = Files.readString(JENKINSFILE);

        assertDoesNotThrow(() -> new GroovyShell().parse(pipeline, "Jenkinsfile.groovy"));
    }

    @Test
    void runsTheSameMavenCommandAsCi() throws Exception {
        String pipeline = Files.readString(JENKINSFILE);
        String ci = Files.readString(Path.of(".ci/run"));

        assertTrue(ci.contains("mvn -B -ntp verify"));
        assertTrue(pipeline.contains("sh 'mvn -B -ntp verify'"));
    }
}
