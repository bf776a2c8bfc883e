package dev.attackj.gap.strategy;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of the evidence for a technique the defender already collects. Parameter
 * {@code collected} lists data components (by ATT&CK ID, name or {@code Source: Component}
 * label) or log source names, such as {@code Process Creation,WinEventLog:Security}:
 *
 * <pre>
 * score = data components of the technique that a collected source matches
 *         / data components of the technique
 * </pre>
 *
 * <p>The technique's data components come from the log sources of its analytics (ATT&CK v18
 * and later) and from the data components that detect it (before v18). A technique without data
 * components, or a run without collected sources, scores 0.
 */
final class DataAvailabilityStrategy implements TwoPhaseStrategy<Set<String>> {

  static final String NAME = "data-availability";
  static final String COLLECTED = "collected";

  private static final List<Parameter> PARAMETERS = List.of(Parameter.of(COLLECTED,
      Parameter.Type.LIST, "", "data components or log sources collected, separated by commas"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "share of the technique's data components that the collected sources already show";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  /** Reads the collected sources once, in lower case. */
  @Override
  public Set<String> summarize(ScoringContext context) {
    return context.parametersFor(this).list(COLLECTED).stream()
        .map(DetectionGuidance::lowerCase)
        .collect(Collectors.toSet());
  }

  @Override
  public Score score(String techniqueId, ScoringContext context, Set<String> collected) {
    KnowledgeBase knowledgeBase = context.knowledgeBase().orElseThrow(() ->
        new IllegalArgumentException("strategy data-availability needs a knowledge base"));
    Optional<Technique> technique = knowledgeBase.technique(techniqueId);
    if (technique.isEmpty()) {
      return Score.zero(techniqueId, "not in " + context.releaseLabel());
    }
    if (collected.isEmpty()) {
      // Nothing collected makes nothing visible, so the guidance need not be looked up.
      return Score.zero(techniqueId, "no collected sources given (parameter collected)");
    }
    DetectionGuidance guidance = DetectionGuidance.of(knowledgeBase, technique.get());
    int needed = guidance.dataComponents().size();
    if (needed == 0) {
      return Score.zero(techniqueId, "ATT&CK names no data component for the technique");
    }

    List<String> visible = guidance.visibleWith(collected);
    double value = (double) visible.size() / needed;
    String source = visible.isEmpty() ? "parameter collected" : "collected: "
        + String.join(", ", visible);
    return Score.of(techniqueId, value, List.of(
        Factor.of("data components collected", visible.size(), 1.0 / needed, value, source)));
  }
}
