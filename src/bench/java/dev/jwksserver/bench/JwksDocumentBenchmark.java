package dev.jwksserver.bench;

import dev.jwksserver.jwks.JwksDocument;
import dev.jwksserver.keys.GeneratedKeySource;
import dev.jwksserver.keys.KeySet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of serialising a key set of three RSA-2048 keys to JWKS bytes and their entity tag: what the server
 * pays once per key-set change, never per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class JwksDocumentBenchmark {

    private KeySet keySet;

    /** Generates the key set once. */
    @Setup
    public void generateKeys() {
        keySet = new GeneratedKeySource().load();
    }

    /** @return one JWKS document */
    @Benchmark
    public JwksDocument jwksSerialisation() {
        return JwksDocument.of(keySet);
    }
}
