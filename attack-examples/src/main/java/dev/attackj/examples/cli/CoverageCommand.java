package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.diff.MigrationNote;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
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

  @Option(names = "--scoring", paramLabel = "MODE", converter = ScoringConverter.class,
      description = "How a technique is scored, in any case: rule-count (default) or quality "
          + "(highest score given by the source, such as DeTT&CT).")
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
          + "A count of changes per action is printed on standard error (each change with "
          + "--verbose), and with --json every change is listed under \"migration\".")
  boolean migrate;

  @Spec
  CommandSpec spec;

  /** Reads {@code --scoring} in any case, with {@code -} or {@code _} between words. */
  static final class ScoringConverter implements ITypeConverter<CoveragePolicy.Scoring> {
    @Override
    public CoveragePolicy.Scoring convert(String value) {
      String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (CoveragePolicy.Scoring scoring : CoveragePolicy.Scoring.values()) {
        if (scoring.name().equals(name)) {
          return scoring;
        }
      }
      throw new TypeConversionException("invalid scoring " + value
          + ": expected rule-count or quality");
    }
  }

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
    Inventory inventory = ThreatOptions.read(reader, rules);
    MigrationReport migration = null;
    if (migrate) {
      MigratedInventory migrated = InventoryMigration.to(kb).migrate(inventory);
      inventory = migrated.inventory();
      migration = migrated.report();
      PrintWriter err = spec.commandLine().getErr();
      err.println(migrationSummary(migration));
      if (Output.verbose(spec)) {
        migration.notes().forEach(err::println);
      }
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

  /** One line of the number of migration notes per action, such as "2 REPLACED, 1 MERGED". */
  static String migrationSummary(MigrationReport migration) {
    Map<MigrationNote.Action, Integer> counts = new EnumMap<>(MigrationNote.Action.class);
    migration.notes().forEach(note -> counts.merge(note.action(), 1, Integer::sum));
    String release = migration.toRelease().map(name -> "ATT&CK " + name)
        .orElse("the loaded release");
    if (counts.isEmpty()) {
      return "migration to " + release + ": no changes";
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((action, count) -> parts.add(count + " " + action));
    return "migration to " + release + ": " + String.join(", ", parts)
        + " (--verbose lists each)";
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
    List<String> formats = new ArrayList<>();
    inventory.report().formats().forEach((name, files) -> formats.add(
        name + ": " + Output.count(files, "file", "files")));
    out.println(Output.count(report.rules(), "rule", "rules") + " from "
        + Output.count(inventory.report().files(), "file", "files")
        + (formats.isEmpty() ? "" : " (" + String.join(", ", formats) + ")"));
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
