package dev.attackj.navigator;

import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A fluent builder of layers from technique IDs or knowledge-base techniques, which checks each
 * technique and tactic against a {@link KnowledgeBase}. An entry without a tactic applies to
 * every tactic of its technique, as in the Navigator. Annotating the same technique and tactic
 * twice changes the one entry.
 *
 * <pre>{@code
 * Layer layer = LayerBuilder.of(kb, "enterprise-attack").name("Execution watch")
 *     .score("T1059", 3)
 *     .technique("T1059.001", "execution", entry -> entry.comment("PowerShell"))
 *     .build();
 * }</pre>
 */
public final class LayerBuilder {

  private final KnowledgeBase kb;
  private final String domain;
  private final ImmutableLayer.Builder layer;
  private final Map<String, ImmutableTechniqueEntry.Builder> entries = new LinkedHashMap<>();

  private LayerBuilder(KnowledgeBase kb, String domain) {
    this.kb = kb;
    this.domain = domain;
    this.layer = Layer.builder().name(domain).domain(domain)
        .versions(Versions.of(attackVersionOf(kb)));
  }

  /**
   * Returns a builder of a layer of a domain, such as {@code enterprise-attack}, for the release
   * of the knowledge base.
   *
   * @throws IllegalArgumentException if the knowledge base contains no data of the domain
   */
  public static LayerBuilder of(KnowledgeBase kb, String domain) {
    if (!kb.domains().contains(domain)) {
      throw new IllegalArgumentException("knowledge base contains no data of domain \"" + domain
          + "\"; it contains " + kb.domains());
    }
    return new LayerBuilder(kb, domain);
  }

  /** The ATT&CK version a layer names for a knowledge base: the major release, such as 18. */
  static Optional<String> attackVersionOf(KnowledgeBase kb) {
    return kb.release().map(LayerBuilder::majorVersion);
  }

  /** The major version of a release, as the Navigator names it: {@code 18} for {@code 18.1}. */
  static String majorVersion(String release) {
    return release.trim().replaceFirst("^[vV]", "").replaceFirst("\\..*", "");
  }

  /**
   * Sets the ATT&CK release, such as {@code 18.1}, for knowledge bases read from bundles that do
   * not say their release, and returns this builder. The layer keeps the major version,
   * {@code 18}.
   */
  public LayerBuilder attackVersion(String release) {
    layer.versions(Versions.of(Optional.of(majorVersion(release))));
    return this;
  }

  public LayerBuilder name(String name) {
    layer.name(name);
    return this;
  }

  public LayerBuilder description(String description) {
    layer.description(description);
    return this;
  }

  /** Changes the other layer properties, such as gradient, layout or legend. */
  public LayerBuilder configure(Consumer<ImmutableLayer.Builder> change) {
    change.accept(layer);
    return this;
  }

  /** Adds a technique under every tactic, or keeps its entry when it is already there. */
  public LayerBuilder technique(String techniqueId) {
    return technique(techniqueId, entry -> { });
  }

  /** Adds or changes the entry of a technique under every tactic. */
  public LayerBuilder technique(String techniqueId, Consumer<ImmutableTechniqueEntry.Builder> change) {
    return technique(find(techniqueId), Optional.empty(), change);
  }

  /** Adds or changes the entry of a technique under one tactic, by short name or ID. */
  public LayerBuilder technique(String techniqueId, String tactic,
      Consumer<ImmutableTechniqueEntry.Builder> change) {
    return technique(find(techniqueId), Optional.of(tactic), change);
  }

  /**
   * Adds or changes the entry of a knowledge-base technique under every tactic.
   *
   * @throws IllegalArgumentException if the technique is revoked, deprecated or of another
   *     domain
   */
  public LayerBuilder technique(Technique technique,
      Consumer<ImmutableTechniqueEntry.Builder> change) {
    return technique(technique, Optional.empty(), change);
  }

  /**
   * Sets the score of a technique under every tactic.
   *
   * @throws IllegalArgumentException if the score is not finite, or has more than 1000 digits
   *     before or after the decimal point
   */
  public LayerBuilder score(String techniqueId, Number score) {
    BigDecimal value = decimalScore(techniqueId, score);
    if (!Decimals.fits(value)) {
      throw new IllegalArgumentException(
          "score of " + techniqueId + " " + Decimals.RULE + ": " + score);
    }
    return technique(techniqueId, entry -> entry.score(Decimals.normalize(value)));
  }

  private static BigDecimal decimalScore(String techniqueId, Number score) {
    boolean notFinite = (score instanceof Double || score instanceof Float)
        && !Double.isFinite(score.doubleValue());
    if (notFinite) {
      throw new IllegalArgumentException(
          "score of " + techniqueId + " must be a finite number: " + score);
    }
    try {
      return new BigDecimal(score.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "score of " + techniqueId + " must be a decimal number: " + score, e);
    }
  }

  /** Sets the same score on several techniques under every tactic. */
  public LayerBuilder scoreAll(Iterable<String> techniqueIds, Number score) {
    techniqueIds.forEach(id -> score(id, score));
    return this;
  }

  /**
   * Builds the layer, its entries in the order they were first added.
   *
   * @throws IllegalStateException if a required property is missing
   */
  public Layer build() {
    return layer.techniques(entries.values().stream().map(ImmutableTechniqueEntry.Builder::build)
        .collect(Collectors.toList())).build();
  }

  private LayerBuilder technique(Technique technique, Optional<String> tacticName,
      Consumer<ImmutableTechniqueEntry.Builder> change) {
    String id = technique.attackId().orElseThrow(() -> new IllegalArgumentException(
        "technique " + technique.stixId() + " has no ATT&CK ID"));
    requireUsable(technique);
    Optional<String> tactic = tacticName.map(name -> tacticOf(technique, name));
    String key = TechniqueEntry.key(id, tactic);
    ImmutableTechniqueEntry.Builder entry = entries.computeIfAbsent(key,
        unused -> TechniqueEntry.builder().techniqueId(id).tactic(tactic));
    change.accept(entry);
    return this;
  }

  private Technique find(String techniqueId) {
    return kb.technique(techniqueId).orElseThrow(() ->
        new IllegalArgumentException("no technique has the ID or name \"" + techniqueId + "\""));
  }

  /** Checks that a technique is active and of the layer's domain, as the validator expects. */
  private void requireUsable(Technique technique) {
    if (technique.isRevoked()) {
      String replacement = kb.replacementOf(technique).flatMap(AttackObject::attackId)
          .map(id -> "; use " + id).orElse("");
      throw new IllegalArgumentException(
          "technique " + technique.label() + " is revoked" + replacement);
    }
    if (technique.isDeprecated()) {
      throw new IllegalArgumentException("technique " + technique
          + " is deprecated; a layer takes only active techniques");
    }
    if (!technique.domains().contains(domain)) {
      throw new IllegalArgumentException("technique " + technique + " belongs to "
          + technique.domains() + ", not to the layer's domain " + domain);
    }
  }

  private String tacticOf(Technique technique, String name) {
    List<Tactic> tactics = kb.tacticsOf(technique);
    return tactics.stream()
        .filter(tactic -> tactic.shortName().equals(name)
            || tactic.attackId().map(name::equalsIgnoreCase).orElse(false)
            || tactic.name().equalsIgnoreCase(name))
        .map(Tactic::shortName).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("technique " + technique.label()
            + " is not in tactic \"" + name + "\"; its tactics are "
            + tactics.stream().map(Tactic::shortName).collect(Collectors.toList())));
  }
}
