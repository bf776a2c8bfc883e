package dev.attackj.gap.strategy;

import dev.attackj.core.Via;
import dev.attackj.gap.profile.TechniqueThreat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How widely the adversaries use a technique. With a threat profile, the input is the
 * technique's {@linkplain TechniqueThreat#weight() weight} in the profile (measure
 * {@code weight}, the default) or the number of its actors that use it (measure {@code count});
 * without a profile, the number of ATT&CK groups that use it directly, through software or
 * through a campaign. With {@code normalize} (the default):
 *
 * <pre>
 * score = input / max input over the techniques of the context
 * </pre>
 *
 * <p>and without it the score is the input itself.
 */
final class PrevalenceStrategy implements TwoPhaseStrategy<PrevalenceStrategy.Inputs> {

  static final String NAME = "prevalence";
  static final String MEASURE = "measure";
  static final String NORMALIZE = "normalize";

  /** The input of every technique of a context, the maximum, and where the inputs came from. */
  record Inputs(Map<String, Double> values, double max, boolean normalize, String source,
      String factor) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "how many actors of the profile (or ATT&CK groups) use the technique, or their weight";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.choice(MEASURE, "weight", List.of("weight", "count"),
            "with a profile, sum the actor weights or count the actors"),
        Parameter.of(NORMALIZE, Parameter.Type.BOOLEAN, "true",
            "divide by the highest value among the ranked techniques, giving 0 to 1"));
  }

  @Override
  public Inputs summarize(ScoringContext context) {
    Parameters parameters = context.parametersFor(this);
    boolean byWeight = parameters.choice(MEASURE).equals("weight");
    Map<String, Double> values = new HashMap<>();
    String source;
    String factor;
    if (context.profile().isPresent()) {
      var profile = context.profile().get();
      for (String id : context.techniqueIds()) {
        values.put(id, profile.technique(id)
            .map(threat -> byWeight ? threat.weight() : threat.actorCount())
            .orElse(0.0));
      }
      source = "threat profile " + profile.name();
      factor = byWeight ? "actor weight" : "actors";
    } else {
      var knowledgeBase = context.knowledgeBase().orElseThrow(() -> new IllegalArgumentException(
          "strategy prevalence needs a threat profile or a knowledge base"));
      for (String id : context.techniqueIds()) {
        values.put(id, knowledgeBase.technique(id)
            .map(technique -> (double) knowledgeBase
                .groupsUsing(technique, Via.values()).size())
            .orElse(0.0));
      }
      source = "groups of " + context.releaseLabel();
      factor = "groups";
    }
    double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return new Inputs(values, max, parameters.bool(NORMALIZE), source, factor);
  }

  @Override
  public Score score(String techniqueId, ScoringContext context, Inputs inputs) {
    Double input = inputs.values().get(techniqueId);
    if (input == null) {
      return Score.zero(techniqueId, "not among the techniques of the context");
    }
    double weight = inputs.normalize() ? (inputs.max() > 0 ? 1 / inputs.max() : 0) : 1;
    double value = input * weight;
    return Score.of(techniqueId, value,
        List.of(Factor.of(inputs.factor(), input, weight, value, inputs.source())));
  }
}
