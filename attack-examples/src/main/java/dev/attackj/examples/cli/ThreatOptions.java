package dev.attackj.examples.cli;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.profile.ThreatProfileBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that make a threat profile and the coverage of a set of rules. */
final class ThreatOptions {

  @Option(names = "--actors", split = ",", paramLabel = "ACTOR",
      description = "ATT&CK groups, campaigns or software by ID, name or alias, separated by "
          + "commas, such as FIN7,APT38.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "FILE",
      description = "Custom actors: a DeTT&CT group file (.yaml), a Navigator layer (.json) or a "
          + "CSV file of technique IDs; repeat for several.")
  List<Path> profiles = new ArrayList<>();

  @Option(names = "--platform", paramLabel = "PLATFORM",
      description = "Keep only techniques of this platform, such as Windows; repeat for several.")
  List<String> platforms = new ArrayList<>();

  @Option(names = "--rules", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Detection rule files or folders (any format `attack coverage` reads).")
  List<Path> rules = new ArrayList<>();

  /** The inputs of an assessment: the knowledge base, the threat profile and the coverage. */
  record Inputs(KnowledgeBase kb, ThreatProfile profile, Coverage coverage) {}

  /** Loads the knowledge base of the data options, then builds the profile and the coverage. */
  Inputs load(DataOptions data) throws IOException {
    KnowledgeBase kb = data.knowledgeBase();
    return new Inputs(kb, profile(kb, data.release(kb)), coverage(kb));
  }

  /**
   * Builds the profile of --actors and --profile.
   *
   * @throws IllegalArgumentException if neither is given or an actor is unknown
   */
  ThreatProfile profile(KnowledgeBase kb, Optional<String> release) throws IOException {
    if (actors.isEmpty() && profiles.isEmpty()) {
      throw new IllegalArgumentException("no threat: give --actors A,B or --profile FILE");
    }
    ThreatProfileBuilder builder = ThreatProfile.builder(kb).platforms(platforms);
    release.ifPresent(builder::release);
    builder.actors(actors);
    for (Path file : profiles) {
      builder.file(file);
    }
    return builder.build();
  }

  /** Imports the --rules and computes their coverage with the default policy. */
  Coverage coverage(KnowledgeBase kb) {
    Inventory inventory = InventoryReader.create().withKnowledgeBase(kb).read(rules);
    return Coverage.compute(inventory, CoveragePolicy.defaults(), kb);
  }
}
