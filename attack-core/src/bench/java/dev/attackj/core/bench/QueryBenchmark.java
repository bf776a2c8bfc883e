package dev.attackj.core.bench;

import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import dev.attackj.core.Technique;
import dev.attackj.core.Via;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Typical queries on the Enterprise 18.1 knowledge base. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QueryBenchmark {

  private KnowledgeBase kb;
  private Group apt29;
  private Technique powerShell;

  @Setup
  public void load() throws IOException {
    kb = KnowledgeBase.of(StixReader.lenient().read(BenchData.enterpriseBytes(), "bundle"));
    apt29 = kb.group("G0016").orElseThrow();
    powerShell = kb.technique("T1059.001").orElseThrow();
  }

  @Benchmark
  public Optional<Technique> techniqueById() {
    return kb.technique("T1059.001");
  }

  @Benchmark
  public Optional<Group> groupByAlias() {
    return kb.group("Cozy Bear");
  }

  @Benchmark
  public List<Technique> techniquesUsedByGroup() {
    return kb.techniquesUsedBy(apt29);
  }

  @Benchmark
  public List<Technique> techniquesUsedByGroupWithCampaigns() {
    return kb.techniquesUsedBy(apt29, Via.CAMPAIGN);
  }

  @Benchmark
  public List<Group> groupsUsingTechnique() {
    return kb.groupsUsing(powerShell);
  }

  @Benchmark
  public List<Technique> subTechniques() {
    return kb.subTechniquesOf(kb.technique("T1059").orElseThrow());
  }
}
