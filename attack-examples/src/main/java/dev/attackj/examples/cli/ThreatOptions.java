package dev.attackj.examples.cli;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.inventory.Inventory;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.profile.ThreatProfileBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that make a threat profile and the coverage of a set of rules. */
final class ThreatOptions {

  @Mixin
  ActorOptions actorOptions;

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
    if (actorOptions.actors.isEmpty() && actorOptions.profiles.isEmpty()) {
      throw new IllegalArgumentException("no threat: give --actors A,B or --profile FILE");
    }
    ThreatProfileBuilder builder = ThreatProfile.builder(kb).platforms(actorOptions.platforms);
    release.ifPresent(builder::release);
    builder.actors(actorOptions.actors);
    for (Path file : actorOptions.profiles) {
      builder.file(file);
    }
    return builder.build();
  }

  /** Imports the --rules and computes their coverage with the default policy. */
  Coverage coverage(KnowledgeBase kb) throws NoSuchFileException {
    Inventory inventory = read(InventoryReader.create().withKnowledgeBase(kb), rules);
    return Coverage.compute(inventory, CoveragePolicy.defaults(), kb);
  }

  /**
   * Reads rule paths with a reader.
   *
   * @throws NoSuchFileException if a path does not exist, so that the error reads as every other
   *     missing file does
   */
  static Inventory read(InventoryReader reader, List<Path> rules) throws NoSuchFileException {
    try {
      return reader.read(rules);
    } catch (UncheckedIOException error) {
      if (error.getCause() instanceof NoSuchFileException missing) {
        throw missing;
      }
      throw error;
    }
  }
}
