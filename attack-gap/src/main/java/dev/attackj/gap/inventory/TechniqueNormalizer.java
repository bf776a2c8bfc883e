package dev.attackj.gap.inventory;

import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Resolves the technique IDs and tactics of rules against a knowledge base: revoked IDs are
 * replaced and de-duplicated, deprecated and unknown ones kept as written and reported, tactic
 * spellings mapped to short names. Safe for concurrent use.
 */
final class TechniqueNormalizer {

  private static final Pattern CAMEL_CASE_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z])");

  private final KnowledgeBase knowledgeBase;
  private final String release;
  private final Map<String, Resolution> techniques = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> tactics = new ConcurrentHashMap<>();

  /** The outcome for one ID: the ID to use and, unless it is current, what was found. */
  private record Resolution(String id, Optional<TechniqueIdFinding.Kind> kind,
      Optional<String> replacement) {}

  TechniqueNormalizer(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
    this.release = "ATT&CK " + knowledgeBase.release().map(version -> version + " ").orElse("")
        + String.join(", ", knowledgeBase.domains());
  }

  /** Returns the rule with resolved IDs and tactics, adding findings and problems. */
  DetectionRule normalize(DetectionRule rule, List<TechniqueIdFinding> findings,
      List<Problem> problems) {
    Set<String> resolvedIds = new LinkedHashSet<>();
    for (String written : rule.techniqueIds()) {
      Resolution resolution = techniques.computeIfAbsent(written, this::resolveTechnique);
      resolvedIds.add(resolution.id());
      resolution.kind().ifPresent(kind -> {
        findings.add(finding(rule, written, kind, resolution.replacement()));
        if (kind == TechniqueIdFinding.Kind.UNKNOWN) {
          problems.add(Parsing.warning(rule.file(), rule.line(), rule.id(),
              "unknown technique ID " + written + ": not a technique of " + release));
        }
      });
    }

    Set<String> resolvedTactics = new LinkedHashSet<>();
    for (String written : rule.tactics()) {
      Optional<String> shortName = tactics.computeIfAbsent(written, this::resolveTactic);
      if (shortName.isEmpty()) {
        problems.add(Parsing.warning(rule.file(), rule.line(), rule.id(),
            "unknown tactic " + written + ": not a tactic of " + release));
      }
      resolvedTactics.add(shortName.orElse(written.toLowerCase(Locale.ROOT)));
    }
    return DetectionRule.builder().from(rule)
        .resolvedTechniqueIds(resolvedIds)
        .resolvedTactics(resolvedTactics)
        .build();
  }

  private Resolution resolveTechnique(String written) {
    String id = written.trim().toUpperCase(Locale.ROOT);
    Optional<Technique> technique = TechniqueId.isValid(id)
        ? knowledgeBase.byAttackId(id).stream()
            .filter(Technique.class::isInstance).map(Technique.class::cast).findFirst()
        : Optional.empty();
    if (technique.isEmpty()) {
      return new Resolution(id, Optional.of(TechniqueIdFinding.Kind.UNKNOWN), Optional.empty());
    }
    if (technique.get().isRevoked()) {
      Optional<String> replacement = knowledgeBase.replacementOf(technique.get())
          .flatMap(AttackObject::attackId);
      return new Resolution(replacement.orElse(id), Optional.of(TechniqueIdFinding.Kind.REVOKED),
          replacement);
    }
    if (technique.get().isDeprecated()) {
      return new Resolution(id, Optional.of(TechniqueIdFinding.Kind.DEPRECATED),
          Optional.empty());
    }
    return new Resolution(id, Optional.empty(), Optional.empty());
  }

  private Optional<String> resolveTactic(String written) {
    String spelled = CAMEL_CASE_BOUNDARY.matcher(written.trim()).replaceAll("-");
    return knowledgeBase.tactic(written).or(() -> knowledgeBase.tactic(spelled))
        .map(Tactic::shortName);
  }

  private static TechniqueIdFinding finding(DetectionRule rule, String written,
      TechniqueIdFinding.Kind kind, Optional<String> replacement) {
    return TechniqueIdFinding.builder().id(written).kind(kind).replacement(replacement)
        .rule(rule.id()).file(rule.file()).line(rule.line()).build();
  }
}
