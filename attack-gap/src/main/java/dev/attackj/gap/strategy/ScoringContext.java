package dev.attackj.gap.strategy;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.profile.ThreatProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input a strategy scores techniques in: the knowledge base, the threat profile and the
 * coverage when there are any, the parameter values, and the techniques to rank, over which
 * two-phase strategies make their first pass.
 */
@Value.Immutable
public abstract class ScoringContext {

  public abstract Optional<KnowledgeBase> knowledgeBase();

  public abstract Optional<ThreatProfile> profile();

  public abstract Optional<Coverage> coverage();

  /** The parameter values by name, as text; strategies read those they declare. */
  public abstract Map<String, String> parameters();

  /** The IDs of the techniques to rank. */
  public abstract List<String> techniqueIds();

  /**
   * The context of a profile: its techniques, with the knowledge base and the coverage.
   */
  public static ScoringContext of(
      KnowledgeBase knowledgeBase, ThreatProfile profile, Optional<Coverage> coverage,
      Map<String, String> parameters) {
    return builder().knowledgeBase(knowledgeBase).profile(profile).coverage(coverage)
        .parameters(parameters).techniqueIds(profile.techniques().keySet()).build();
  }

  /** The context of a whole release: every active technique of the knowledge base. */
  public static ScoringContext ofRelease(
      KnowledgeBase knowledgeBase, Map<String, String> parameters) {
    List<String> ids = knowledgeBase.techniques().stream()
        .map(Technique::attackId)
        .flatMap(Optional::stream)
        .distinct()
        .sorted()
        .toList();
    return builder().knowledgeBase(knowledgeBase).parameters(parameters).techniqueIds(ids)
        .build();
  }

  public static ImmutableScoringContext.Builder builder() {
    return ImmutableScoringContext.builder();
  }

  /**
   * Returns the values of a strategy's declared parameters and leaves out values of other names.
   *
   * @throws IllegalArgumentException if a value does not fit its parameter's type
   */
  public final Parameters parametersFor(Strategy strategy) {
    Map<String, String> own = new LinkedHashMap<>();
    for (Parameter parameter : strategy.parameters()) {
      String value = parameters().get(parameter.name());
      if (value != null) {
        own.put(parameter.name(), value);
      }
    }
    return Parameters.of(strategy.parameters(), own);
  }

  /**
   * Returns the release of the profile, or of the knowledge base when there is no profile, such
   * as {@code ATT&CK 18.1}. It is computed once, and taken from the profile when there is one,
   * because finding the release of a knowledge base scans its bundles.
   */
  @Value.Lazy
  public String releaseLabel() {
    // The profile's release came from the same knowledge base, so an empty one stays empty.
    Optional<String> release = profile().isPresent()
        ? profile().map(ThreatProfile::release).filter(text -> !text.isEmpty())
        : knowledgeBase().flatMap(KnowledgeBase::release);
    return release.map(text -> "ATT&CK " + text)
        .orElse("ATT&CK");
  }

  /** One line: how many techniques, and whether there is a profile and a coverage. */
  @Override
  public String toString() {
    return "Scoring context of " + techniqueIds().size() + " techniques"
        + profile().map(profile -> ", profile " + profile.name()).orElse("")
        + coverage().map(coverage -> ", " + coverage).orElse("");
  }
}
