package dev.attackj.gap.coverage;

import dev.attackj.navigator.Filters;
import dev.attackj.navigator.Gradient;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.Metadata;
import dev.attackj.navigator.Sorting;
import dev.attackj.navigator.TechniqueEntry;
import dev.attackj.navigator.Versions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Builds the ATT&CK Navigator layer of a coverage, as a navigator module {@link Layer} to write
 * with {@link dev.attackj.navigator.LayerWriter}. Each covered technique gets an entry with its
 * score, a comment with the number of rules, and the rule ids as metadata. The gradient runs
 * from 0 to the 90th percentile of the scores, so that a few techniques with hundreds of rules
 * do not leave the others pale, and techniques sort by score. Entries carry no tactic, so the
 * Navigator shows a technique's score under each of its tactics.
 */
public final class CoverageLayer {

  /** The gradient's colors, from white for no coverage to blue for the highest score. */
  static final List<String> COLORS = List.of("#ffffff", "#66b1ff");

  /** The share of covered techniques whose score is at most the top of the gradient. */
  static final double GRADIENT_PERCENTILE = 0.9;

  /** The maximum number of rule ids listed in an entry's metadata; the comment gives the count. */
  static final int MAX_LISTED_RULES = 20;

  private CoverageLayer() {}

  /**
   * Builds the layer of a coverage.
   *
   * @param name the layer name
   * @param domain the Navigator domain, such as {@code enterprise-attack}
   * @param attackVersion the ATT&CK version, such as {@code 18.1}; only its major number is
   *     written, as the Navigator expects
   * @param platforms the platforms to filter the view on; empty for the Navigator's default
   */
  public static Layer of(Coverage coverage, String name, String domain,
      Optional<String> attackVersion, Collection<String> platforms) {
    List<TechniqueEntry> entries = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (TechniqueCoverage technique : coverage.techniques().values()) {
      if (technique.isCovered()) {
        entries.add(entry(technique));
        scores.add(technique.score());
      }
    }

    return Layer.builder()
        .name(name)
        .domain(domain)
        .versions(Versions.of(attackVersion.map(version -> version.replaceFirst("\\..*", ""))))
        .description("Detection coverage: " + entries.size() + " techniques covered")
        .filters(platforms.isEmpty() ? Filters.all() : Filters.of(platforms))
        .sorting(Sorting.SCORE_DESCENDING)
        .techniques(entries)
        .gradient(Gradient.of(COLORS, BigDecimal.ZERO, gradientMaximum(scores)))
        .build();
  }

  /** Returns the 90th percentile of the scores, at least 1, as the top of the gradient. */
  static BigDecimal gradientMaximum(List<Double> scores) {
    if (scores.isEmpty()) {
      return BigDecimal.ONE;
    }
    List<Double> sorted = scores.stream().sorted().toList();
    int index = (int) Math.ceil(GRADIENT_PERCENTILE * sorted.size()) - 1;
    double maximum = Math.max(1, sorted.get(Math.max(0, index)));
    return BigDecimal.valueOf(maximum).stripTrailingZeros();
  }

  private static TechniqueEntry entry(TechniqueCoverage technique) {
    int rules = technique.ruleIds().size();
    List<Metadata> metadata = technique.ruleIds().stream().limit(MAX_LISTED_RULES)
        .map(rule -> Metadata.of("rule", rule)).toList();
    return TechniqueEntry.builder()
        .techniqueId(technique.techniqueId())
        .score(BigDecimal.valueOf(technique.score()).stripTrailingZeros())
        .comment(rules + (rules == 1 ? " rule" : " rules")
            + (technique.rolledUp() ? ", through roll-up" : ""))
        .metadata(metadata)
        .build();
  }
}
