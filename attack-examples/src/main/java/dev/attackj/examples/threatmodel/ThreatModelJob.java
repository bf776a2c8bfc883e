package dev.attackj.examples.threatmodel;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.gap.plan.RemediationPlan;
import dev.attackj.gap.plan.RemediationPlanner;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.profile.ThreatProfileBuilder;
import dev.attackj.gap.strategy.Ranking;
import dev.attackj.gap.strategy.ScoringContext;
import dev.attackj.gap.strategy.Strategies;
import dev.attackj.gap.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The threat-model job: from an ATT&CK knowledge base, a set of actors and a detection inventory
 * to a threat profile, its coverage and gaps, a ranking of the gaps and a plan toward a target
 * coverage. {@link #run()} computes the {@link ThreatModel}; {@link ThreatModelWriter} writes
 * its layers, pictures, plan files and HTML report.
 *
 * <p>Defaults: the actors of {@link #FINANCIAL_SECTOR}, the example inventory that ships with
 * this module, the default strategy, a target of 80 % and waves ending after 30, 60 and 90 days.
 */
public final class ThreatModelJob {

  /** The default actors: groups known for attacks on banks and payment systems. */
  public static final List<String> FINANCIAL_SECTOR =
      List.of("FIN7", "FIN8", "Carbanak", "APT38", "Lazarus Group");

  /** The number of steps {@link #run()} reports to its progress listener. */
  public static final int STEPS = 5;

  private static final String EXAMPLE_INVENTORY = "/dev/attackj/examples/inventory/";

  private final Callable<KnowledgeBase> loader;
  private String release = "";
  private List<String> actors = List.of();
  private List<Path> profileFiles = List.of();
  private List<String> platforms = List.of();
  private List<Path> rules = List.of();
  private Strategy strategy = Strategies.defaultStrategy();
  private Map<String, String> parameters = Map.of();
  private double target = 80;
  private List<Integer> waves = List.of(30, 60, 90);
  private LocalDate date = LocalDate.now(ZoneOffset.UTC);
  private Consumer<String> progress = step -> { };

  private ThreatModelJob(Callable<KnowledgeBase> loader) {
    this.loader = loader;
  }

  /** Returns a job on a knowledge base with the defaults described above. */
  public static ThreatModelJob of(KnowledgeBase kb) {
    Objects.requireNonNull(kb, "kb");
    return new ThreatModelJob(() -> kb);
  }

  /**
   * Returns a job that loads its knowledge base while it reads the detection rules, which need
   * the knowledge base only after parsing. {@link #run()} calls the loader on a thread of its
   * own.
   */
  public static ThreatModelJob loading(Callable<KnowledgeBase> loader) {
    return new ThreatModelJob(Objects.requireNonNull(loader, "loader"));
  }

  /**
   * Sets the ATT&CK release, such as {@code 18.1}, for data that does not name its own; the
   * release a knowledge base names comes first.
   */
  public ThreatModelJob release(String release) {
    this.release = release;
    return this;
  }

  /** Sets the actors by ID, name or alias; with neither these nor files, the default set. */
  public ThreatModelJob actors(List<String> actors) {
    this.actors = List.copyOf(actors);
    return this;
  }

  /** Sets files of custom actors: DeTT&CT group files, Navigator layers or CSV files. */
  public ThreatModelJob profileFiles(List<Path> files) {
    this.profileFiles = List.copyOf(files);
    return this;
  }

  /** Keeps only techniques of these platforms; empty keeps all. */
  public ThreatModelJob platforms(List<String> platforms) {
    this.platforms = List.copyOf(platforms);
    return this;
  }

  /** Sets the rule files and folders; empty reads the example inventory. */
  public ThreatModelJob rules(List<Path> rules) {
    this.rules = List.copyOf(rules);
    return this;
  }

  /** Sets the prioritization strategy and its parameters. */
  public ThreatModelJob strategy(Strategy strategy, Map<String, String> parameters) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.parameters = Map.copyOf(parameters);
    return this;
  }

  /** Sets the coverage of the profile to plan for, in percent. */
  public ThreatModelJob target(double percent) {
    this.target = percent;
    return this;
  }

  /** Sets the days after the assessment by which each wave of the plan ends. */
  public ThreatModelJob waves(List<Integer> days) {
    this.waves = List.copyOf(days);
    return this;
  }

  /** Sets the assessment date (today in UTC by default). */
  public ThreatModelJob date(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
    return this;
  }

  /** Sets a listener that receives a short description at the start of each step. */
  public ThreatModelJob progress(Consumer<String> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Runs the job: builds the profile, imports the rules, analyses and ranks the gaps and plans.
   *
   * @throws dev.attackj.gap.profile.UnknownActorException if an actor is not in the knowledge
   *     base
   * @throws IOException if the knowledge base, a profile file or the example inventory cannot
   *     be read
   */
  public ThreatModel run() throws IOException {
    FutureTask<KnowledgeBase> loading = new FutureTask<>(loader);
    Thread thread = new Thread(loading, "threat-model-load");
    thread.setDaemon(true);
    thread.start();
    progress.accept(rules.isEmpty()
        ? "loading ATT&CK and importing the example detection inventory"
        : "loading ATT&CK and importing detection rules");
    Inventory parsed = rules.isEmpty() ? exampleInventory() : read(rules);
    KnowledgeBase kb = join(loading);
    Inventory inventory = InventoryReader.normalize(parsed, kb);
    Coverage coverage = Coverage.compute(inventory, CoveragePolicy.defaults(), kb);

    progress.accept("building the threat profile");
    ThreatProfile profile = profile(kb);

    progress.accept("analysing gaps");
    GapAnalysis analysis = GapAnalysis.of(profile, coverage);

    progress.accept("ranking gaps with strategy " + strategy.name());
    Ranking ranking = Ranking.of(strategy, ScoringContext.builder()
        .knowledgeBase(kb).profile(profile).coverage(coverage).parameters(parameters)
        .techniqueIds(analysis.uncovered().stream().map(gap -> gap.techniqueId()).toList())
        .build());

    progress.accept("planning toward " + Math.round(target) + " % coverage");
    RemediationPlan plan = RemediationPlanner.builder(kb).strategy(strategy)
        .parameters(parameters).targetCoverage(target).waves(waves).assessmentDate(date)
        .plan(profile, coverage);
    return new ThreatModel(kb, profile, inventory, coverage, analysis, ranking, plan,
        rules.isEmpty() ? List.of() : rules);
  }

  private static KnowledgeBase join(FutureTask<KnowledgeBase> loading) throws IOException {
    try {
      return loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while loading ATT&CK");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException("loading ATT&CK failed: " + cause, cause);
    }
  }

  private ThreatProfile profile(KnowledgeBase kb) throws IOException {
    ThreatProfileBuilder builder = ThreatProfile.builder(kb).platforms(platforms);
    kb.release().or(() -> release.isEmpty() ? Optional.empty() : Optional.of(release))
        .ifPresent(builder::release);
    builder.actors(actors.isEmpty() && profileFiles.isEmpty() ? FINANCIAL_SECTOR : actors);
    for (Path file : profileFiles) {
      builder.file(file);
    }
    return builder.build();
  }

  private static Inventory read(List<Path> paths) {
    return InventoryReader.create().read(paths);
  }

  /**
   * Reads the example inventory from the class path: the files listed in its {@code index.txt},
   * copied to a temporary folder so that importers see ordinary files and names.
   */
  private static Inventory exampleInventory() throws IOException {
    Path folder = Files.createTempDirectory("attackj-inventory-");
    try {
      for (String name : exampleRuleNames()) {
        try (InputStream in = resource(name)) {
          Files.copy(in, folder.resolve(name));
        }
      }
      return read(List.of(folder));
    } finally {
      deleteTree(folder);
    }
  }

  /** Returns the file names of the example inventory, from its {@code index.txt}. */
  static List<String> exampleRuleNames() throws IOException {
    try (InputStream in = resource("index.txt")) {
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      return names;
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ThreatModelJob.class.getResourceAsStream(EXAMPLE_INVENTORY + name);
    if (in == null) {
      throw new IOException("example inventory file missing from the class path: "
          + EXAMPLE_INVENTORY + name);
    }
    return in;
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
