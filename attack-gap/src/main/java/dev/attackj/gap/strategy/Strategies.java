package dev.attackj.gap.strategy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiFunction;

/**
 * The built-in strategies, the ways to combine strategies, a validating decorator, and the
 * registry that finds strategies by name, built-in or from {@link ServiceLoader}.
 *
 * <p>Built-in names: {@code tactic-order}, {@code prevalence}, {@code ctid},
 * {@code actionability}, {@code data-availability} and {@code default}. Each factory returns a
 * new instance; strategies are thread-safe.
 */
public final class Strategies {

  /** The name of the {@linkplain #defaultStrategy() default strategy}. */
  public static final String DEFAULT = "default";

  private Strategies() {}

  /** Returns the strategy that scores the kill-chain position of a technique's tactics. */
  public static Strategy tacticOrder() {
    return new TacticOrderStrategy();
  }

  /** Returns the strategy that scores how widely the profile's actors use a technique, 0 to 1. */
  public static Strategy prevalence() {
    return new PrevalenceStrategy();
  }

  /**
   * Returns CTID's Top ATT&CK Techniques strategy: (choke point + prevalence + actionability)
   * times (1 + monitoring modifiers), from the {@code Techniques.json} of parameter {@code data} or
   * else the bundled copy of CTID's data of 2025-05-28.
   */
  public static Strategy ctid() {
    return new CtidStrategy();
  }

  /** Returns the strategy that scores the mitigations and detections ATT&CK offers, 0 to 1. */
  public static Strategy actionability() {
    return new ActionabilityStrategy();
  }

  /** Returns the strategy that scores the share of a technique's data already collected. */
  public static Strategy dataAvailability() {
    return new DataAvailabilityStrategy();
  }

  /**
   * Returns the default strategy, named {@code default}:
   *
   * <pre>
   * 0.5 prevalence + 0.2 actionability + 0.15 tactic-order + 0.15 data-availability
   * </pre>
   *
   * <p>so techniques many actors use come first, and among those the ones ATT&CK helps to act on,
   * that come early in an intrusion, and whose data is already collected.
   */
  public static Strategy defaultStrategy() {
    Map<Strategy, Double> parts = new LinkedHashMap<>();
    parts.put(prevalence(), 0.5);
    parts.put(actionability(), 0.2);
    parts.put(tacticOrder(), 0.15);
    parts.put(dataAvailability(), 0.15);
    return weightedSum(DEFAULT, parts);
  }

  /** Returns a strategy made of a name and a function, such as for a test or a one-off ranking. */
  public static Strategy of(String name, BiFunction<String, ScoringContext, Score> scoring) {
    return new Strategy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Score score(String techniqueId, ScoringContext context) {
        return scoring.apply(techniqueId, context);
      }
    };
  }

  /**
   * Returns the sum of the parts' scores, each times its weight. The map's iteration order is the
   * order of the factors and of the additions, so pass a map with a fixed order such as a {@link
   * LinkedHashMap}: strategies hash by identity, so {@code Map.of} orders them differently from one
   * instance to the next.
   *
   * @throws IllegalArgumentException if there are no parts or a weight is not finite
   */
  public static Strategy weightedSum(String name, Map<Strategy, Double> weightedParts) {
    if (weightedParts.isEmpty()) {
      throw new IllegalArgumentException("weighted sum " + name + " must have at least one part");
    }
    weightedParts.forEach((part, weight) -> {
      if (!Double.isFinite(weight)) {
        throw new IllegalArgumentException("weight of " + part.name() + " in weighted sum "
            + name + " must be finite: " + weight);
      }
    });
    return new Composites.WeightedSum(name, List.copyOf(weightedParts.keySet()),
        List.copyOf(weightedParts.values()));
  }

  /** Returns a strategy's score times the score of a multiplier, such as a 0-to-1 confidence. */
  public static Strategy multiply(String name, Strategy scored, Strategy multiplier) {
    return new Composites.Product(name, scored, multiplier);
  }

  /**
   * Returns the parts compared one after another: the first part's score decides, and techniques
   * whose scores fall in the same bucket of width {@code tolerance} (0 for exact ties only) are
   * ordered by the next part, and so on. The score's value is the first part's.
   *
   * @throws IllegalArgumentException if there are no parts or the tolerance is negative
   */
  public static Strategy lexicographic(String name, double tolerance, List<Strategy> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("lexicographic " + name + " must have at least one part");
    }
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance of lexicographic " + name
          + " must be a finite number of at least 0: " + tolerance);
    }
    return new Composites.Lexicographic(name, tolerance, List.copyOf(parts));
  }

  /** Returns the score of {@code scored} where {@code condition} reaches the threshold, else 0. */
  public static Strategy gate(
      String name, Strategy condition, double threshold, Strategy scored) {
    return new Composites.Gate(name, condition, threshold, scored);
  }

  /**
   * Wraps a strategy so that each of its scores is checked. The wrapper throws {@link
   * IllegalStateException}, naming the strategy, the technique, the value and the rule, when a
   * score is missing, is for another technique, or has a value, rank key or factor that is not
   * finite.
   */
  public static Strategy validating(Strategy strategy) {
    return strategy instanceof ValidatingStrategy ? strategy : new ValidatingStrategy(strategy);
  }

  /** Returns new instances of the built-in strategies, in the order of the class description. */
  public static List<Strategy> builtIn() {
    return List.of(tacticOrder(), prevalence(), ctid(), actionability(), dataAvailability(),
        defaultStrategy());
  }

  /**
   * Returns the built-in strategies and those a class loader's {@link ServiceLoader} finds for
   * {@link Strategy}, in that order. A found strategy with the name of an earlier one is left
   * out.
   */
  public static List<Strategy> available(ClassLoader classLoader) {
    Map<String, Strategy> byName = new LinkedHashMap<>();
    builtIn().forEach(strategy -> byName.put(strategy.name(), strategy));
    for (Strategy strategy : ServiceLoader.load(Strategy.class, classLoader)) {
      byName.putIfAbsent(strategy.name(), strategy);
    }
    return List.copyOf(byName.values());
  }

  /** Returns the strategies that the context class loader finds, built-ins first. */
  public static List<Strategy> available() {
    return available(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Finds the strategy with a name, ignoring case, built-in or found by the class loader, wrapped
   * in the {@linkplain #validating(Strategy) validating decorator}.
   *
   * @throws IllegalArgumentException if no strategy has that name; the message lists the names
   */
  public static Strategy byName(String name, ClassLoader classLoader) {
    List<Strategy> strategies = available(classLoader);
    List<String> names = new ArrayList<>();
    for (Strategy strategy : strategies) {
      if (strategy.name().equalsIgnoreCase(name.trim())) {
        return validating(strategy);
      }
      names.add(strategy.name());
    }
    throw new IllegalArgumentException("strategy not found: \"" + name + "\"; known strategies: "
        + String.join(", ", names));
  }

  /** Finds the strategy with a name through the context class loader. */
  public static Strategy byName(String name) {
    return byName(name, Thread.currentThread().getContextClassLoader());
  }

  /**
   * Reads the IDs of the techniques that a CTID {@code Techniques.json} lists, in ascending
   * order. They are the technique set of CTID's own ranking.
   */
  public static List<String> ctidTechniqueIds(Path file) {
    return new CtidStrategy().techniqueIds(Optional.of(file));
  }

  /** Reads the IDs of the techniques that the bundled copy of CTID's data lists, in order. */
  public static List<String> ctidTechniqueIds() {
    return new CtidStrategy().techniqueIds(Optional.empty());
  }
}
