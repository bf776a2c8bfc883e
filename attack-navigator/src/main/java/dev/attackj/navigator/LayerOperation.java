package dev.attackj.navigator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * <p>Entries are matched by technique ID and tactic, whatever their letter case. As in the
 * Navigator, an entry without a tactic applies to every tactic of its technique: under a tactic
 * that another layer names, it counts unless its own layer has a later entry for that tactic.
 * A technique gets a score when at least one layer that the expression
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
    for (Optional<String> source : List.of(colorsFrom(), commentsFrom(), linksFrom(),
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
    Layer first = layers().values().iterator().next();
    ImmutableLayer.Builder result = Layer.builder().name(name()).description(description())
        .domain(first.domain())
        .versions(Versions.of(first.versions().attack()));
    for (TechniqueEntry template : cells()) {
      combine(template).ifPresent(result::addTechnique);
    }
    copied(gradientFrom(), Layer::gradient).ifPresent(result::gradient);
    copied(legendFrom(), Layer::legendItems).ifPresent(result::legendItems);
    copied(filtersFrom(), Layer::filters).ifPresent(result::filters);
    return result.build();
  }

  /**
   * Returns the first entry of each cell key in the layers, grouped by technique ID in order of
   * first appearance. Within a technique the entry without a tactic comes first, so that in the
   * result the entries for one tactic follow it and overwrite it there.
   */
  private List<TechniqueEntry> cells() {
    Map<String, Map<String, TechniqueEntry>> byTechnique = new LinkedHashMap<>();
    for (Layer layer : layers().values()) {
      for (TechniqueEntry entry : layer.techniques()) {
        String id = entry.techniqueId().toUpperCase(Locale.ROOT);
        byTechnique.computeIfAbsent(id, unused -> new LinkedHashMap<>())
            .putIfAbsent(entry.key(), entry);
      }
    }

    List<TechniqueEntry> cells = new ArrayList<>();
    for (Map<String, TechniqueEntry> entries : byTechnique.values()) {
      entries.values().stream().filter(entry -> entry.tactic().isEmpty()).forEach(cells::add);
      entries.values().stream().filter(entry -> entry.tactic().isPresent()).forEach(cells::add);
    }
    return cells;
  }

  private Optional<TechniqueEntry> combine(TechniqueEntry template) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    boolean anyScored = false;
    for (String variable : expression().variables()) {
      Optional<BigDecimal> score = entryIn(variable, template).flatMap(TechniqueEntry::score);
      anyScored |= score.isPresent();
      values.put(variable, score.orElse(BigDecimal.ZERO));
    }
    ImmutableTechniqueEntry.Builder entry = TechniqueEntry.builder()
        .techniqueId(template.techniqueId()).tactic(template.tactic());
    if (anyScored) {
      expression().evaluate(values).ifPresent(entry::score);
    }
    source(colorsFrom(), template).ifPresent(from -> entry.color(from.color()));
    source(commentsFrom(), template).ifPresent(from -> entry.comment(from.comment()));
    source(linksFrom(), template).ifPresent(from -> entry.links(from.links()));
    source(metadataFrom(), template).ifPresent(from -> entry.metadata(from.metadata()));
    source(enabledFrom(), template).ifPresent(from -> entry.enabled(from.enabled()));
    TechniqueEntry built = entry.build();
    return built.isAnnotated() ? Optional.of(built) : Optional.empty();
  }

  private Optional<TechniqueEntry> source(Optional<String> variable, TechniqueEntry template) {
    return variable.flatMap(name -> entryIn(name, template));
  }

  /**
   * Returns the entry of a layer that applies to the cell of a template entry. Under a tactic
   * that is the layer's last entry for the tactic or without one, as in {@link Layer#entryFor}.
   * Without a tactic it is the layer's last entry without a tactic.
   */
  private Optional<TechniqueEntry> entryIn(String variable, TechniqueEntry template) {
    Layer layer = layers().get(variable);
    String id = template.techniqueId();
    if (template.tactic().isPresent()) {
      return layer.entryFor(id, template.tactic().get());
    }
    TechniqueEntry found = null;
    for (TechniqueEntry entry : layer.entriesOf(id)) {
      if (entry.tactic().isEmpty()) {
        found = entry;
      }
    }
    return Optional.ofNullable(found);
  }

  private <T> Optional<T> copied(Optional<String> variable, Function<Layer, T> property) {
    return variable.map(name -> property.apply(layers().get(name)));
  }
}
