package dev.attackj.core.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the uncompressed Enterprise 18.1 bundle (45 MB): a bare Jackson streaming pass against
 * reading and indexing it into a knowledge base.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

  private final JsonFactory factory = new JsonFactory();
  private byte[] bundle;

  @Setup
  public void load() throws IOException {
    bundle = BenchData.enterpriseBytes();
  }

  /** Every token read, nothing kept: Jackson decodes names but not string values. */
  @Benchmark
  public int bareTokens() throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(bundle)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Every token read with its text, nothing kept: the least work that sees every value. */
  @Benchmark
  public void bareTokensWithText(Blackhole sink) throws IOException {
    try (JsonParser parser = factory.createParser(bundle)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isScalarValue()) {
          sink.consume(parser.getText());
        }
      }
    }
  }

  /** Read with the lenient reader and index. */
  @Benchmark
  public KnowledgeBase readAndIndex() {
    return KnowledgeBase.of(StixReader.lenient().read(bundle, "enterprise-attack-18.1.json"));
  }
}
