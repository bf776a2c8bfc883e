package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.gap.inventory.Inventory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ATT&CK coverage of a detection inventory: for each technique that at least one rule covers
 * or that has a score above 0, its {@link TechniqueCoverage}, after technique IDs were
 * normalised and the roll-up policy between techniques and sub-techniques was applied.
 *
 * <p>Lookups accept technique IDs in any case. Percentages are computed over a chosen
 * {@link TechniqueScope}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverage.class)
@JsonDeserialize(as = ImmutableCoverage.class)
public abstract class Coverage {

  /** The covered techniques by ATT&CK ID. */
  @JsonProperty("techniques")
  public abstract Map<String, TechniqueCoverage> techniques();

  /** The coverage of a technique, or empty when nothing covers it. */
  public final Optional<TechniqueCoverage> get(String techniqueId) {
    return Optional.ofNullable(techniques().get(canonical(techniqueId)));
  }

  /** Whether a rule covers the technique or its score is above 0. */
  public final boolean isCovered(String techniqueId) {
    return get(techniqueId).map(TechniqueCoverage::isCovered).orElse(false);
  }

  /** The score of a technique; 0 when nothing covers it. */
  public final double score(String techniqueId) {
    return get(techniqueId).map(TechniqueCoverage::score).orElse(0.0);
  }

  /**
   * Computes the share of the given techniques that are covered, in percent from 0 to 100.
   * Duplicates count once; an empty collection gives 0.
   */
  public final double percentCovered(Collection<String> techniqueIds) {
    List<String> distinct = techniqueIds.stream().map(Coverage::canonical).distinct().toList();
    long covered = distinct.stream().filter(this::isCovered).count();
    return distinct.isEmpty() ? 0 : 100.0 * covered / distinct.size();
  }

  /** Computes the covered share of a scope, overall and per tactic in the scope's order. */
  public final CoverageSummary summarize(TechniqueScope scope) {
    List<TacticCoverage> tactics = new ArrayList<>();
    for (String tactic : scope.tactics()) {
      List<String> ids = scope.techniques().entrySet().stream()
          .filter(entry -> entry.getValue().contains(tactic))
          .map(Map.Entry::getKey)
          .toList();
      int covered = (int) ids.stream().filter(this::isCovered).count();
      tactics.add(TacticCoverage.of(tactic, covered, ids.size()));
    }

    int coveredOverall = (int) scope.techniques().keySet().stream()
        .filter(this::isCovered)
        .count();
    TacticCoverage overall = TacticCoverage.of("", coveredOverall, scope.techniques().size());
    return CoverageSummary.builder().scope(scope.name()).overall(overall).tactics(tactics).build();
  }

  /**
   * Computes the coverage of an inventory. Without a knowledge base a parent's rules can roll
   * down only to the sub-techniques that the inventory itself mentions.
   */
  public static Coverage compute(Inventory inventory, CoveragePolicy policy) {
    return new CoverageCalculator(policy, Optional.empty()).compute(inventory);
  }

  /** Computes the coverage of an inventory, taking sub-techniques from a knowledge base. */
  public static Coverage compute(Inventory inventory, CoveragePolicy policy,
      KnowledgeBase knowledgeBase) {
    return new CoverageCalculator(policy, Optional.of(knowledgeBase)).compute(inventory);
  }

  public static ImmutableCoverage.Builder builder() {
    return ImmutableCoverage.builder();
  }

  /** One line, such as {@code Coverage of 412 techniques}. */
  @Override
  public String toString() {
    return "Coverage of " + techniques().size() + " techniques";
  }

  private static String canonical(String techniqueId) {
    return techniqueId.trim().toUpperCase(Locale.ROOT);
  }
}
