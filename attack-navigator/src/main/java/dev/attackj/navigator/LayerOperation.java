package dev.attackj.navigator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A combination of named layers into a new layer, as the Navigator's "create layer from other
 * layers": scores from a {@link ScoreExpression} over the layer names, and colors, comments,
 * links, metadata, enabled states, gradient, legend and filters each copied from one chosen
 * layer.
 *
 * <p>Entries are matched by technique ID and tactic; an entry without a tactic matches only
 * entries without a tactic. A technique gets a score when at least one layer that the expression
 * names scores it, and an unscored technique counts as 0 in the expression. An undefined result,
 * such as a division by zero, leaves the technique unscored.
 *
 * <pre>{@code
 * Layer both = LayerOperation.builder()
 *     .name("both").expression(ScoreExpression.parse("a>0 && b>0"))
 *     .putLayer("a", first).putLayer("b", second).commentsFrom("a")
 *     .build().apply();
 * }</pre>
 */
@Value.Immutable
public abstract class LayerOperation {

  /** The name of the resulting layer. */
  public abstract String name();

  @Value.Default
  public String description() {
    return "";
  }

  public abstract ScoreExpression expression();

  /** The layers by variable name, in the order their entries are listed in the result. */
  public abstract Map<String, Layer> layers();

  /** The layer whose explicit colors are copied; none when empty. */
  public abstract Optional<String> colorsFrom();

  public abstract Optional<String> commentsFrom();

  public abstract Optional<String> linksFrom();

  public abstract Optional<String> metadataFrom();

  /** The layer whose enabled states are copied; every technique is enabled when empty. */
  public abstract Optional<String> enabledFrom();

  /** The layer whose gradient is used; the default gradient when empty. */
  public abstract Optional<String> gradientFrom();

  public abstract Optional<String> legendFrom();

  /** The layer whose platform filter is used; every platform when empty. */
  public abstract Optional<String> filtersFrom();

  public static ImmutableLayerOperation.Builder builder() {
    return ImmutableLayerOperation.builder();
  }

  @Value.Check
  protected void check() {
    if (layers().isEmpty()) {
      throw new IllegalArgumentException("layer operation needs at least one layer");
    }
    for (String variable : expression().variables()) {
      if (!layers().containsKey(variable)) {
        throw new IllegalArgumentException("score expression \"" + expression()
            + "\" names layer \"" + variable + "\", which is not given; given: "
            + layers().keySet());
      }
    }
    for (Optional<String> source : java.util.List.of(colorsFrom(), commentsFrom(), linksFrom(),
        metadataFrom(), enabledFrom(), gradientFrom(), legendFrom(), filtersFrom())) {
      if (source.isPresent() && !layers().containsKey(source.get())) {
        throw new IllegalArgumentException("layer operation copies from layer \""
            + source.get() + "\", which is not given; given: " + layers().keySet());
      }
    }
    Set<String> domains = new LinkedHashSet<>();
    layers().values().forEach(layer -> domains.add(layer.domain()));
    if (domains.size() > 1) {
      throw new IllegalArgumentException(
          "layers to combine must share one domain, but have " + domains);
    }
  }

  /** Computes the combined layer. */
  public final Layer apply() {
    Map<String, Map<String, TechniqueEntry>> entriesByLayer = new LinkedHashMap<>();
    Map<String, TechniqueEntry> firstEntries = new LinkedHashMap<>();
    layers().forEach((variable, layer) -> {
      Map<String, TechniqueEntry> entries = new LinkedHashMap<>();
      for (TechniqueEntry entry : layer.techniques()) {
        entries.put(key(entry), entry);
        firstEntries.putIfAbsent(key(entry), entry);
      }
      entriesByLayer.put(variable, entries);
    });

    Layer first = layers().values().iterator().next();
    ImmutableLayer.Builder result = Layer.builder().name(name()).description(description())
        .domain(first.domain())
        .versions(Versions.of(first.versions().attack()));
    for (Map.Entry<String, TechniqueEntry> keyed : firstEntries.entrySet()) {
      combine(keyed.getKey(), keyed.getValue(), entriesByLayer).ifPresent(result::addTechnique);
    }
    copied(gradientFrom(), Layer::gradient).ifPresent(result::gradient);
    copied(legendFrom(), Layer::legendItems).ifPresent(result::legendItems);
    copied(filtersFrom(), Layer::filters).ifPresent(result::filters);
    return result.build();
  }

  private Optional<TechniqueEntry> combine(String key, TechniqueEntry template,
      Map<String, Map<String, TechniqueEntry>> entriesByLayer) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    boolean anyScored = false;
    for (String variable : expression().variables()) {
      Optional<BigDecimal> score = Optional.ofNullable(entriesByLayer.get(variable).get(key))
          .flatMap(TechniqueEntry::score);
      anyScored |= score.isPresent();
      values.put(variable, score.orElse(BigDecimal.ZERO));
    }
    ImmutableTechniqueEntry.Builder entry = TechniqueEntry.builder()
        .techniqueId(template.techniqueId()).tactic(template.tactic());
    if (anyScored) {
      expression().evaluate(values).ifPresent(entry::score);
    }
    source(colorsFrom(), key, entriesByLayer).ifPresent(from -> entry.color(from.color()));
    source(commentsFrom(), key, entriesByLayer).ifPresent(from -> entry.comment(from.comment()));
    source(linksFrom(), key, entriesByLayer).ifPresent(from -> entry.links(from.links()));
    source(metadataFrom(), key, entriesByLayer)
        .ifPresent(from -> entry.metadata(from.metadata()));
    source(enabledFrom(), key, entriesByLayer).ifPresent(from -> entry.enabled(from.enabled()));
    TechniqueEntry built = entry.build();
    return built.isAnnotated() ? Optional.of(built) : Optional.empty();
  }

  private static Optional<TechniqueEntry> source(Optional<String> variable, String key,
      Map<String, Map<String, TechniqueEntry>> entriesByLayer) {
    return variable.map(name -> entriesByLayer.get(name).get(key));
  }

  private <T> Optional<T> copied(Optional<String> variable, Function<Layer, T> property) {
    return variable.map(name -> property.apply(layers().get(name)));
  }

  private static String key(TechniqueEntry entry) {
    return entry.techniqueId().toUpperCase(java.util.Locale.ROOT) + "^"
        + entry.tactic().orElse("");
  }
}
