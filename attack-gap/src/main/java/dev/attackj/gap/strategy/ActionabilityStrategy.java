package dev.attackj.gap.strategy;

import dev.attackj.core.DetectionStrategy;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much ATT&CK offers a defender to act on a technique: its mitigations and its detections
 * (the analytics of its detection strategies from ATT&CK v18 on, or the data components that
 * detect it when it has no detection strategy). Each count passes a utility that grows linearly
 * to its cap, in the manner of CTID's actionability score:
 *
 * <pre>
 * u(x, cap) = min(x, cap) / cap
 * score = (w_m * u(mitigations, m_cap) + w_d * u(detections, d_cap)) / (w_m + w_d)
 * </pre>
 *
 * <p>Defaults: caps 5 mitigations and 10 detections, weights 0.5 each. Scores run from 0 to 1.
 */
final class ActionabilityStrategy implements TwoPhaseStrategy<ActionabilityStrategy.Settings> {

  static final String NAME = "actionability";

  private static final List<Parameter> PARAMETERS = List.of(
      Parameter.of("mitigation-cap", Parameter.Type.INTEGER, "5",
          "number of mitigations from which more add nothing"),
      Parameter.of("detection-cap", Parameter.Type.INTEGER, "10",
          "number of analytics (or data components) from which more add nothing"),
      Parameter.number("mitigation-weight", 0.5, "weight of the mitigation utility"),
      Parameter.number("detection-weight", 0.5, "weight of the detection utility"));

  /** The parameter values of one context, read once. */
  record Settings(double mitigationCap, double detectionCap, double mitigationWeight,
      double detectionWeight) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "mitigations and detection analytics that ATT&CK offers for the technique";
  }

  @Override
  public List<Parameter> parameters() {
    return PARAMETERS;
  }

  @Override
  public Settings summarize(ScoringContext context) {
    Parameters parameters = context.parametersFor(this);
    return new Settings(Math.max(1, parameters.number("mitigation-cap")),
        Math.max(1, parameters.number("detection-cap")),
        Math.max(0, parameters.number("mitigation-weight")),
        Math.max(0, parameters.number("detection-weight")));
  }

  @Override
  public Score score(String techniqueId, ScoringContext context, Settings settings) {
    KnowledgeBase knowledgeBase = context.knowledgeBase().orElseThrow(() ->
        new IllegalArgumentException("strategy actionability needs a knowledge base"));
    Optional<Technique> technique = knowledgeBase.technique(techniqueId);
    if (technique.isEmpty()) {
      return Score.zero(techniqueId, "not in " + context.releaseLabel());
    }
    double mitigationCap = settings.mitigationCap();
    double detectionCap = settings.detectionCap();
    double mitigationWeight = settings.mitigationWeight();
    double detectionWeight = settings.detectionWeight();
    double weights = mitigationWeight + detectionWeight;
    if (weights == 0) {
      return Score.zero(techniqueId, "both weights are 0");
    }

    int mitigations = knowledgeBase.mitigationsOf(technique.get()).size();
    List<DetectionStrategy> strategies = knowledgeBase.detectionStrategiesOf(technique.get());
    int detections = 0;
    String detectionName;
    if (strategies.isEmpty()) {
      detections = knowledgeBase.dataComponentsDetecting(technique.get()).size();
      detectionName = "data components";
    } else {
      for (DetectionStrategy strategy : strategies) {
        detections += knowledgeBase.analyticsOf(strategy).size();
      }
      detectionName = "analytics of " + strategies.size() + " detection strategies";
    }

    List<Factor> factors = new ArrayList<>();
    double mitigationPart = mitigationWeight / weights * Math.min(mitigations, mitigationCap)
        / mitigationCap;
    double detectionPart = detectionWeight / weights * Math.min(detections, detectionCap)
        / detectionCap;
    factors.add(Factor.of("mitigations (cap " + (int) mitigationCap + ")", mitigations,
        mitigationWeight / weights / mitigationCap, mitigationPart, context.releaseLabel()));
    factors.add(Factor.of(detectionName + " (cap " + (int) detectionCap + ")", detections,
        detectionWeight / weights / detectionCap, detectionPart, context.releaseLabel()));
    return Score.of(techniqueId, mitigationPart + detectionPart, factors);
  }
}
