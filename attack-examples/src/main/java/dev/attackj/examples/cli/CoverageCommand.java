package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.diff.MigrationReport;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoverageLayer;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.coverage.CoverageReport;
import dev.attackj.gap.coverage.CoverageSummary;
import dev.attackj.gap.coverage.TacticCoverage;
import dev.attackj.gap.coverage.TechniqueScope;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryMigration;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.gap.inventory.MigratedInventory;
import dev.attackj.navigator.LayerWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attack coverage}: imports detection rules, measures their ATT&CK coverage and prints the
 * totals, the per-tactic table and the import problems, or the coverage report as JSON.
 */
@Command(name = "coverage",
    description = "Import detection rules (Sigma, Elastic, Kibana, Splunk, Sentinel, DeTT&CT, "
        + "CSV, Navigator layers) and measure their ATT&CK coverage.")
final class CoverageCommand implements Callable<Integer> {

  /** The maximum number of problems printed as text; --json lists them all. */
  static final int MAX_PRINTED_PROBLEMS = 50;

  @Option(names = "--rules", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Rule files or folders; folders are walked recursively.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read every file in this format instead of detecting it: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Formats.class)
  String format;

  @Option(names = "--platform", paramLabel = "PLATFORM",
      description = "Measure over the techniques of this platform, such as Windows; repeat for "
          + "several. Default: the whole matrix.")
  List<String> platforms = new ArrayList<>();

  @Option(names = "--include-disabled", description = "Count disabled rules.")
  boolean includeDisabled;

  @Option(names = "--include-deprecated", description = "Count deprecated and unsupported rules.")
  boolean includeDeprecated;

  @Option(names = "--exclude-experimental", description = "Do not count experimental rules.")
  boolean excludeExperimental;

  @Option(names = "--parent-covers-subtechniques",
      description = "Let a rule on a technique also cover all its sub-techniques.")
  boolean parentCoversSubtechniques;

  @Option(names = "--no-roll-up",
      description = "Do not let sub-technique rules cover their parent technique.")
  boolean noRollUp;

  @Option(names = "--scoring", paramLabel = "MODE",
      description = "How a technique is scored: RULE_COUNT (default) or QUALITY (highest score "
          + "given by the source, such as DeTT&CT).")
  CoveragePolicy.Scoring scoring = CoveragePolicy.Scoring.RULE_COUNT;

  @Option(names = {"-o", "--output"}, paramLabel = "LAYER.json",
      description = "Write the coverage as an ATT&CK Navigator layer to this file.")
  Path output;

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print the coverage report as one JSON document.")
  boolean json;

  @Option(names = "--migrate",
      description = "Migrate the rules' technique mappings to the loaded release before "
          + "measuring: replace revoked IDs, flag deprecated and unknown ones, update tactics. "
          + "Each change is printed on standard error, and with --json under \"migration\".")
  boolean migrate;

  @Spec
  CommandSpec spec;

  /** The format names of the importers on the class path, for help text. */
  static final class Formats extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Formats() {
      super(InventoryReader.create().formats());
    }
  }

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = data.knowledgeBase();
    InventoryReader reader = InventoryReader.create().withKnowledgeBase(kb);
    if (format != null) {
      try {
        reader = reader.withFormat(format);
      } catch (IllegalArgumentException error) {
        throw DataOptions.usage(spec.commandLine(), error.getMessage());
      }
    }
    Inventory inventory = reader.read(rules);
    MigrationReport migration = null;
    if (migrate) {
      MigratedInventory migrated = InventoryMigration.to(kb).migrate(inventory);
      inventory = migrated.inventory();
      migration = migrated.report();
      PrintWriter err = spec.commandLine().getErr();
      migration.notes().forEach(err::println);
      err.flush();
    }
    CoveragePolicy policy = policy();
    Coverage coverage = Coverage.compute(inventory, policy, kb);
    TechniqueScope scope = TechniqueScope.builder().from(TechniqueScope.forPlatforms(kb, platforms))
        .name(scopeName(kb)).build();
    CoverageReport report = CoverageReport.of(inventory, policy, coverage, Optional.of(scope));

    if (output != null) {
      String domain = kb.domains().stream().findFirst().orElse("enterprise-attack");
      LayerWriter.write(CoverageLayer.of(coverage, "Detection coverage", domain,
          data.release(kb), platforms), output);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json && migration != null) {
      ObjectNode node = (ObjectNode) Output.JSON.readTree(report.toJson());
      node.set("migration", migration.toJson());
      Output.json(out, node);
      return 0;
    }
    if (json) {
      out.println(report.toJson());
      out.flush();
      return 0;
    }
    printText(out, inventory, report);
    return 0;
  }

  private String scopeName(KnowledgeBase kb) {
    String release = data.release(kb).map(version -> " " + version).orElse("");
    String platformList = platforms.isEmpty() ? "" : ", " + String.join(", ", platforms);
    return "ATT&CK" + release + " " + String.join(", ", kb.domains()) + platformList;
  }

  private CoveragePolicy policy() {
    return CoveragePolicy.builder()
        .includeDisabled(includeDisabled)
        .includeDeprecated(includeDeprecated)
        .includeExperimental(!excludeExperimental)
        .parentCoversSubtechniques(parentCoversSubtechniques)
        .subtechniquesCoverParent(!noRollUp)
        .scoring(scoring)
        .build();
  }

  private void printText(PrintWriter out, Inventory inventory, CoverageReport report) {
    StringBuilder formats = new StringBuilder();
    inventory.report().formats().forEach((name, files) -> formats
        .append(formats.length() == 0 ? "" : ", ").append(name).append(' ').append(files));
    out.println("rules: " + report.rules() + " imported from " + inventory.report().files()
        + " files (" + formats + ")");
    CoverageSummary summary = report.summary().orElseThrow();
    out.println("coverage of " + summary.scope() + ": " + summary.overall().covered() + " of "
        + summary.overall().total() + " techniques (" + percent(summary.overall()) + ")");
    out.println("technique IDs: " + report.unknown().size() + " unknown, "
        + report.revoked().size() + " revoked and replaced, " + report.deprecated().size()
        + " deprecated");
    out.println();

    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("tactic", "covered", "total", "percent"));
    for (TacticCoverage tactic : summary.tactics()) {
      rows.add(List.of(tactic.tactic(), Integer.toString(tactic.covered()),
          Integer.toString(tactic.total()), percent(tactic)));
    }
    Output.table(out, rows);

    List<Problem> problems = report.problems();
    if (!problems.isEmpty()) {
      out.println();
      out.println("problems: " + problems.size());
      problems.stream().limit(MAX_PRINTED_PROBLEMS).forEach(problem -> out.println("  " + problem));
      if (problems.size() > MAX_PRINTED_PROBLEMS) {
        out.println("  ... " + (problems.size() - MAX_PRINTED_PROBLEMS)
            + " more; --json lists them all");
      }
    }
    if (output != null) {
      out.println();
      out.println("layer written to " + output);
    }
    out.flush();
  }

  private static String percent(TacticCoverage coverage) {
    return String.format(Locale.ROOT, "%.1f%%", coverage.percent());
  }
}
