package dev.attackj.gap.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ways to combine strategies; each prepares its parts once per context. */
final class Composites {

  private Composites() {}

  /** A strategy made of others, which scores a single technique by preparing its parts. */
  interface Composite extends Strategy {
    @Override
    default Score score(String techniqueId, ScoringContext context) {
      return prepare(context).score(techniqueId);
    }
  }

  /** Returns the parameters of several strategies, each name once, in order of first use. */
  static List<Parameter> parametersOf(List<Strategy> parts) {
    Map<String, Parameter> byName = new LinkedHashMap<>();
    parts.forEach(part -> part.parameters().forEach(p -> byName.putIfAbsent(p.name(), p)));
    return List.copyOf(byName.values());
  }

  static List<Scorer> prepareAll(List<Strategy> parts, ScoringContext context) {
    List<Scorer> scorers = new ArrayList<>(parts.size());
    parts.forEach(part -> scorers.add(part.prepare(context)));
    return scorers;
  }

  /** A factor that stands for a part's whole score, with the part's factors as details. */
  static Factor partFactor(Strategy part, Score score, double weight, double contribution) {
    return Factor.builder().name(part.name()).input(score.value()).weight(weight)
        .contribution(contribution).source("strategy " + part.name())
        .details(score.factors()).build();
  }

  /** The sum of the parts' scores, each times its weight. */
  record WeightedSum(String name, List<Strategy> parts, List<Double> weights)
      implements Composite {

    @Override
    public String description() {
      List<String> terms = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        terms.add(String.format(Locale.ROOT, "%s x %s", weights.get(i), parts.get(i).name()));
      }
      return "weighted sum: " + String.join(" + ", terms);
    }

    @Override
    public List<Parameter> parameters() {
      return parametersOf(parts);
    }

    @Override
    public Scorer prepare(ScoringContext context) {
      List<Scorer> scorers = prepareAll(parts, context);
      return techniqueId -> {
        double value = 0;
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
          Score score = scorers.get(i).score(techniqueId);
          double contribution = weights.get(i) * score.value();
          value += contribution;
          factors.add(partFactor(parts.get(i), score, weights.get(i), contribution));
        }
        return Score.of(techniqueId, value, factors);
      };
    }
  }

  /** A strategy's score times the score of another, such as a 0-to-1 confidence. */
  record Product(String name, Strategy scored, Strategy multiplier) implements Composite {

    @Override
    public String description() {
      return scored.name() + " multiplied by " + multiplier.name();
    }

    @Override
    public List<Parameter> parameters() {
      return parametersOf(List.of(scored, multiplier));
    }

    @Override
    public Scorer prepare(ScoringContext context) {
      Scorer base = scored.prepare(context);
      Scorer factor = multiplier.prepare(context);
      return techniqueId -> {
        Score a = base.score(techniqueId);
        Score b = factor.score(techniqueId);
        double value = a.value() * b.value();
        return Score.builder().techniqueId(techniqueId).value(value)
            .addFactor(partFactor(scored, a, b.value(), value))
            .addFactor(partFactor(multiplier, b, 1, b.value()))
            .note("score = " + scored.name() + " x " + multiplier.name())
            .build();
      };
    }
  }

  /**
   * The parts compared one after another: the first part's score decides, and only techniques
   * whose scores fall into the same bucket of width {@code tolerance} are ordered by the next
   * part. Buckets, rather than pairwise differences, keep the order transitive.
   */
  record Lexicographic(String name, double tolerance, List<Strategy> parts) implements Composite {

    @Override
    public String description() {
      return "lexicographic: " + String.join(", then ", parts.stream().map(Strategy::name)
          .toList()) + " (tolerance " + tolerance + ")";
    }

    @Override
    public List<Parameter> parameters() {
      return parametersOf(parts);
    }

    @Override
    public Scorer prepare(ScoringContext context) {
      List<Scorer> scorers = prepareAll(parts, context);
      return techniqueId -> {
        List<Double> keys = new ArrayList<>();
        List<Factor> factors = new ArrayList<>();
        double value = 0;
        for (int i = 0; i < parts.size(); i++) {
          Score score = scorers.get(i).score(techniqueId);
          if (i == 0) {
            value = score.value();
          }
          keys.add(bucket(score.value()));
          factors.add(partFactor(parts.get(i), score, i == 0 ? 1 : 0, i == 0 ? value : 0));
        }
        return Score.builder().techniqueId(techniqueId).value(value).factors(factors)
            .rankKeys(keys).build();
      };
    }

    private double bucket(double value) {
      return tolerance > 0 ? Math.floor(value / tolerance) * tolerance : value;
    }
  }

  /** The score of a strategy where a condition's score reaches a threshold, 0 elsewhere. */
  record Gate(String name, Strategy condition, double threshold, Strategy scored)
      implements Composite {

    @Override
    public String description() {
      return scored.name() + " where " + condition.name() + " is at least " + threshold;
    }

    @Override
    public List<Parameter> parameters() {
      return parametersOf(List.of(condition, scored));
    }

    @Override
    public Scorer prepare(ScoringContext context) {
      Scorer gate = condition.prepare(context);
      Scorer inner = scored.prepare(context);
      return techniqueId -> {
        Score check = gate.score(techniqueId);
        Factor gateFactor = partFactor(condition, check, 0, 0);
        if (check.value() < threshold) {
          return Score.builder().techniqueId(techniqueId).value(0).addFactor(gateFactor)
              .note(String.format(Locale.ROOT, "%s %.6g is below the threshold %s",
                  condition.name(), check.value(), threshold))
              .build();
        }
        Score score = inner.score(techniqueId);
        return Score.builder().from(score).techniqueId(techniqueId).addFactor(gateFactor).build();
      };
    }
  }
}
