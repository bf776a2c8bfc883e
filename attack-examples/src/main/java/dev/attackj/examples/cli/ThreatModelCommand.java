package dev.attackj.examples.cli;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.release.Release;
import dev.attackj.core.release.Releases;
import dev.attackj.examples.threatmodel.ThreatModel;
import dev.attackj.examples.threatmodel.ThreatModelJob;
import dev.attackj.examples.threatmodel.ThreatModelWriter;
import dev.attackj.gap.analysis.Tally;
import dev.attackj.gap.plan.RemediationPlan;
import dev.attackj.gap.strategy.Strategy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attack threat-model}: the whole workflow from ATT&CK data, actors and detection rules to
 * layers, pictures, a remediation plan and an HTML report in one folder.
 */
@Command(name = "threat-model",
    description = {
        "Build a threat profile, measure its detection coverage, rank the gaps, plan toward a "
            + "target coverage and write layers, pictures, the plan and an HTML report.",
        "Without --bundle or --version it uses the bundle of the ATTACK_BUNDLE environment "
            + "variable, else the newest bundle in the release cache, else the newest release "
            + "of the catalogue through the mirror, cache and offline settings.",
        "Without --actors or --profile the profile is the financial sector's: FIN7, FIN8, "
            + "Carbanak, APT38 and Lazarus Group."})
final class ThreatModelCommand implements Callable<Integer> {

  /** The environment variable naming a bundle used when no data option is given. */
  static final String BUNDLE_VARIABLE = "ATTACK_BUNDLE";

  @Mixin
  ActorOptions actorOptions;

  @Option(names = "--rules", arity = "1..*", paramLabel = "PATH",
      description = "Detection rule files or folders in any format `attack coverage` reads "
          + "(default: the example inventory of 41 Sigma rules).")
  List<Path> rules = new ArrayList<>();

  @Mixin
  StrategyOptions strategyOptions;

  @Mixin
  PlanOptions planOptions;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "threat-model",
      description = "The folder to write; an existing one must be empty or contain an earlier "
          + "report, and is replaced as a whole at the end (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    checkRules();
    ThreatModelWriter.check(out);
    Strategy strategy = strategyOptions.strategy();
    Map<String, String> parameters = strategyOptions.parameters(strategy);
    Progress progress = Progress.of(spec.commandLine().getErr(), System.console() != null);

    Callable<KnowledgeBase> loader = loader();
    ThreatModelJob job = ThreatModelJob.loading(loader).actors(actorOptions.actors)
        .profileFiles(actorOptions.profiles).platforms(actorOptions.platforms).rules(rules)
        .strategy(strategy, parameters).target(planOptions.target).waves(planOptions.waves)
        .progress(progress::step);
    data.namedRelease().ifPresent(job::release);
    if (planOptions.date != null) {
      job.date(planOptions.date);
    }
    ThreatModel model = job.run();

    progress.step("writing " + out);
    List<String> written = ThreatModelWriter.write(model, out);
    progress.done();
    printSummary(spec.commandLine().getOut(), model, out, written);
    return 0;
  }

  private void checkRules() throws NoSuchFileException {
    for (Path path : rules) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "rules path not found");
      }
      if (!Files.isReadable(path)) {
        throw new IllegalArgumentException("rules path is not readable: " + path);
      }
    }
  }

  /**
   * Chooses the ATT&CK data and returns its loader: the data options when given, else the bundle
   * of {@value #BUNDLE_VARIABLE}, else the newest cached bundle, else the newest catalogue
   * release. A chosen bundle is added to the data options, which then name its release.
   */
  private Callable<KnowledgeBase> loader() throws IOException {
    if (!data.bundles.isEmpty() || data.releaseOptions.version != null) {
      return data::knowledgeBase;
    }
    String variable = System.getenv(BUNDLE_VARIABLE);
    Optional<Path> chosen = variable == null || variable.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(variable));
    Releases releases = data.releaseOptions.releases();
    if (chosen.isEmpty()) {
      chosen = releases.newestCached(data.releaseOptions.domain);
    }
    if (chosen.isPresent()) {
      data.bundles.add(chosen.get());
      return data::knowledgeBase;
    }
    Release release = data.releaseOptions.release(releases);
    return () -> download(releases, release);
  }

  private KnowledgeBase download(Releases releases, Release release) throws IOException {
    try {
      return releases.load(release, DownloadProgress.forConsole(spec.commandLine().getErr()));
    } catch (IOException e) {
      throw new IllegalArgumentException("no ATT&CK data: no --bundle given, no "
          + release.domain() + " bundle in the cache " + releases.cacheDirectory() + ", and "
          + release + " could not be fetched ("
          + AttackCli.message(e) + "). Give --bundle FILE (or set " + BUNDLE_VARIABLE
          + "), --mirror URL, or copy a bundle such as enterprise-attack-18.1.json into the "
          + "cache", e);
    }
  }

  private static void printSummary(PrintWriter out, ThreatModel model, Path folder,
      List<String> written) {
    Tally overall = model.analysis().overall();
    RemediationPlan plan = model.plan();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("threat model", plan.profile()));
    rows.add(List.of("ATT&CK", plan.attackRelease().isEmpty() ? "unknown" : plan.attackRelease()));
    rows.add(List.of("rules", Integer.toString(model.inventory().rules().size())));
    rows.add(List.of("techniques", Integer.toString(overall.total())));
    rows.add(List.of("covered", overall.covered() + " (" + percent(overall.coveredPercent())
        + ")"));
    rows.add(List.of("partly covered", Integer.toString(overall.partial())));
    rows.add(List.of("gaps", Integer.toString(overall.gaps())));
    rows.add(List.of("plan", Output.count(plan.items().size(), "gap", "gaps") + " in "
        + Output.count(plan.waves().size(), "wave", "waves") + " to " + percent(plan.plannedCoverage()) + " (target "
        + percent(plan.targetCoverage()) + ")"));
    Output.table(out, rows);
    out.println();
    out.println("written to " + folder + ":");
    written.forEach(file -> out.println("  " + folder.resolve(file)));
    out.flush();
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  /** Progress of the steps: one updated line on a terminal, plain lines otherwise. */
  private record Progress(PrintWriter err, boolean console, int[] count) {

    static Progress of(PrintWriter err, boolean console) {
      return new Progress(err, console, new int[1]);
    }

    void step(String description) {
      int number = ++count[0];
      String line = "[" + number + "/" + (ThreatModelJob.STEPS + 1) + "] " + description;
      if (console) {
        err.print("\r\033[K" + line);
      } else {
        err.println(line);
      }
      err.flush();
    }

    void done() {
      if (console) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
