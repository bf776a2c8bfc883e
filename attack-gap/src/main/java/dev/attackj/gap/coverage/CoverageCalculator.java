package dev.attackj.gap.coverage;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueId;
import dev.attackj.gap.inventory.DetectionRule;
import dev.attackj.gap.inventory.Inventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Computes a {@link Coverage} from an inventory under a policy. */
final class CoverageCalculator {

  private final CoveragePolicy policy;
  private final Optional<KnowledgeBase> knowledgeBase;

  CoverageCalculator(CoveragePolicy policy, Optional<KnowledgeBase> knowledgeBase) {
    this.policy = policy;
    this.knowledgeBase = knowledgeBase;
  }

  Coverage compute(Inventory inventory) {
    Map<String, Set<DetectionRule>> direct = new LinkedHashMap<>();
    for (DetectionRule rule : inventory.rules()) {
      if (policy.counts(rule)) {
        for (String id : rule.effectiveTechniqueIds()) {
          direct.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(rule);
        }
      }
    }

    Map<String, Set<DetectionRule>> covering = new TreeMap<>();
    direct.forEach((id, rules) -> covering.put(id, new LinkedHashSet<>(rules)));
    if (policy.subtechniquesCoverParent()) {
      direct.forEach((id, rules) -> parentOf(id).ifPresent(parent ->
          covering.computeIfAbsent(parent, key -> new LinkedHashSet<>()).addAll(rules)));
    }
    if (policy.parentCoversSubtechniques()) {
      direct.forEach((id, rules) -> subTechniquesOf(id, direct.keySet()).forEach(sub ->
          covering.computeIfAbsent(sub, key -> new LinkedHashSet<>()).addAll(rules)));
    }

    ImmutableCoverage.Builder coverage = Coverage.builder();
    covering.forEach((id, rules) -> coverage.putTechnique(id, TechniqueCoverage.builder()
        .techniqueId(id)
        .score(score(rules))
        .ruleIds(rules.stream().map(DetectionRule::id).distinct().toList())
        .rolledUp(!direct.containsKey(id))
        .build()));
    return coverage.build();
  }

  private double score(Set<DetectionRule> rules) {
    if (policy.scoring() == CoveragePolicy.Scoring.QUALITY) {
      return rules.stream().mapToDouble(rule -> rule.score().orElse(1.0)).max().orElse(0);
    }
    return rules.stream().map(DetectionRule::id).distinct().count();
  }

  private static Optional<String> parentOf(String id) {
    return TechniqueId.tryParse(id).filter(TechniqueId::isSubTechnique)
        .map(technique -> technique.parent().toString());
  }

  /**
   * The sub-techniques of a technique: from the knowledge base when there is one, otherwise
   * those among the IDs the inventory mentions.
   */
  private List<String> subTechniquesOf(String id, Set<String> mentioned) {
    Optional<TechniqueId> parsed = TechniqueId.tryParse(id);
    if (parsed.isEmpty() || parsed.get().isSubTechnique()) {
      return List.of();
    }
    if (knowledgeBase.isPresent()) {
      KnowledgeBase kb = knowledgeBase.get();
      List<String> subs = new ArrayList<>();
      kb.technique(id).ifPresent(technique -> kb.subTechniquesOf(technique).stream()
          .map(Technique::attackId)
          .flatMap(Optional::stream)
          .forEach(subs::add));
      return subs;
    }
    return mentioned.stream().filter(other -> parentOf(other).equals(Optional.of(id))).toList();
  }
}
