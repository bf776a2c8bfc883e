package dev.attackj.navigator;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Aggregate scores of techniques with sub-techniques, computed as the Navigator computes them
 * for a layer: the layer's {@linkplain Layout#aggregateFunction() aggregate function} over the
 * scores of the technique and all its sub-techniques under one tactic. Unscored entries count
 * only for an average with {@linkplain Layout#countUnscored() countUnscored} set.
 */
public final class AggregateScores {

  private AggregateScores() {}

  /**
   * Computes the aggregate score of a technique under a tactic, or returns empty when neither
   * it nor any sub-technique is scored. A technique without sub-techniques has its own score.
   *
   * @param tactic the tactic short name, such as {@code execution}
   * @throws IllegalArgumentException if the knowledge base has no technique with the ID
   */
  public static Optional<BigDecimal> of(KnowledgeBase kb, Layer layer, String techniqueId,
      String tactic) {
    Technique technique = kb.technique(techniqueId).filter(t -> t.attackId().isPresent())
        .orElseThrow(() -> new IllegalArgumentException(
            "no technique has the ID \"" + techniqueId + "\""));
    return of(kb, layer, technique, tactic);
  }

  static Optional<BigDecimal> of(KnowledgeBase kb, Layer layer, Technique technique,
      String tactic) {
    Optional<BigDecimal> own = scoreOf(layer, technique, tactic);
    List<Technique> subtechniques = kb.subTechniquesOf(technique);
    if (subtechniques.isEmpty()) {
      return own;
    }
    List<Optional<BigDecimal>> subScores = new ArrayList<>();
    for (Technique subtechnique : subtechniques) {
      subScores.add(scoreOf(layer, subtechnique, tactic));
    }
    Layout layout = layer.layout();
    boolean countUnscored =
        layout.countUnscored() && layout.aggregateFunction() == AggregateFunction.AVERAGE;
    return layout.aggregateFunction().aggregate(own, subScores, countUnscored);
  }

  private static Optional<BigDecimal> scoreOf(Layer layer, Technique technique, String tactic) {
    return technique.attackId().flatMap(id -> layer.entryFor(id, tactic))
        .flatMap(TechniqueEntry::score);
  }
}
