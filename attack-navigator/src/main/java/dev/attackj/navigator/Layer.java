package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ATT&CK Navigator layer in format 4.5: a name, a domain, annotated techniques and how the
 * Navigator shows them. Every property not set takes the default of the format's specification,
 * and properties the format does not define are kept in {@link #extraFields()} and written back.
 */
@Value.Immutable
public abstract class Layer {

  public abstract String name();

  /** The versions object; defaults to format 4.5 for the current ATT&CK release. */
  @Value.Default
  public Versions versions() {
    return Versions.of(Optional.empty());
  }

  /** The domain, such as {@code enterprise-attack}, {@code mobile-attack} or {@code ics-attack}. */
  public abstract String domain();

  /** The URL of the custom STIX bundle the layer was built from, when there is one. */
  public abstract Optional<String> customDataUrl();

  @Value.Default
  public String description() {
    return "";
  }

  /** The platform filter; defaults to every platform of the domain. */
  @Value.Default
  public Filters filters() {
    return Filters.all();
  }

  /** The order of techniques in a tactic; defaults to {@link Sorting#NAME_ASCENDING}. */
  @Value.Default
  public Sorting sorting() {
    return Sorting.NAME_ASCENDING;
  }

  @Value.Default
  public Layout layout() {
    return Layout.defaults();
  }

  /** Whether disabled techniques are left out of the view; defaults to false (greyed out). */
  @Value.Default
  public boolean hideDisabled() {
    return false;
  }

  public abstract List<TechniqueEntry> techniques();

  /** The score gradient; defaults to {@link Gradient#defaults()}. */
  @Value.Default
  public Gradient gradient() {
    return Gradient.defaults();
  }

  public abstract List<LegendItem> legendItems();

  public abstract List<Metadata> metadata();

  public abstract List<Link> links();

  /** Whether tactic headers use {@link #tacticRowBackground()}; defaults to false. */
  @Value.Default
  public boolean showTacticRowBackground() {
    return false;
  }

  /** The background color of tactic headers; defaults to {@code #dddddd}. */
  @Value.Default
  public String tacticRowBackground() {
    return "#dddddd";
  }

  /** Whether selecting a technique selects it under every tactic; defaults to true. */
  @Value.Default
  public boolean selectTechniquesAcrossTactics() {
    return true;
  }

  /** Whether selecting a technique selects its sub-techniques; defaults to true. */
  @Value.Default
  public boolean selectSubtechniquesWithParent() {
    return true;
  }

  /** Whether selection skips hidden techniques; defaults to false. */
  @Value.Default
  public boolean selectVisibleTechniques() {
    return false;
  }

  /** Properties of the layer that format 4.5 does not define, kept as read. */
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableLayer.Builder builder() {
    return ImmutableLayer.builder();
  }

  /** An empty layer with a name and a domain. */
  public static Layer of(String name, String domain) {
    return builder().name(name).domain(domain).build();
  }

  /** The entries of a technique ID, in layer order, whatever their tactic. */
  public final List<TechniqueEntry> entriesOf(String techniqueId) {
    return entriesById().getOrDefault(techniqueId.toUpperCase(Locale.ROOT), List.of());
  }

  /**
   * The entry that applies to a technique under a tactic: the last entry for that tactic or
   * without a tactic, since the Navigator lets later entries overwrite earlier ones. Technique
   * IDs and tactics match whatever their letter case.
   *
   * @param tactic the tactic short name, such as {@code execution}
   * @throws NullPointerException if the technique ID or the tactic is null
   */
  public final Optional<TechniqueEntry> entryFor(String techniqueId, String tactic) {
    Objects.requireNonNull(techniqueId, "techniqueId");
    Objects.requireNonNull(tactic, "tactic");
    TechniqueEntry found = null;
    for (TechniqueEntry entry : entriesOf(techniqueId)) {
      if (entry.tactic().map(tactic::equalsIgnoreCase).orElse(true)) {
        found = entry;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The entries by technique ID in upper case, each list in layer order, built on first use so
   * that looking up every technique of a matrix does not scan every entry each time.
   */
  @Value.Lazy
  Map<String, List<TechniqueEntry>> entriesById() {
    Map<String, List<TechniqueEntry>> index = new HashMap<>();
    for (TechniqueEntry entry : techniques()) {
      index.computeIfAbsent(entry.techniqueId().toUpperCase(Locale.ROOT),
          unused -> new ArrayList<>()).add(entry);
    }
    index.replaceAll((id, entries) -> List.copyOf(entries));
    return Map.copyOf(index);
  }

  /**
   * Computes the aggregate score the Navigator shows on a technique under a tactic: the
   * layout's {@linkplain Layout#aggregateFunction() aggregate function} over the scores of the
   * technique and all its sub-techniques. Unscored entries count only for an average with
   * {@linkplain Layout#countUnscored() countUnscored} set. A technique without sub-techniques
   * has its own score, and the result is empty when neither the technique nor any
   * sub-technique is scored.
   *
   * @param tactic the tactic short name, such as {@code execution}
   * @throws IllegalArgumentException if the knowledge base has no technique with the ID
   */
  public final Optional<BigDecimal> aggregateScore(KnowledgeBase kb, String techniqueId,
      String tactic) {
    Technique technique = kb.technique(techniqueId).filter(t -> t.attackId().isPresent())
        .orElseThrow(() -> new IllegalArgumentException(
            "no technique has the ID \"" + techniqueId + "\""));
    return aggregateScore(kb, technique, tactic);
  }

  final Optional<BigDecimal> aggregateScore(KnowledgeBase kb, Technique technique,
      String tactic) {
    Optional<BigDecimal> own = scoreOf(technique, tactic);
    List<Technique> subtechniques = kb.subTechniquesOf(technique);
    if (subtechniques.isEmpty()) {
      return own;
    }

    List<BigDecimal> scores = new ArrayList<>();
    own.ifPresent(scores::add);
    for (Technique subtechnique : subtechniques) {
      scoreOf(subtechnique, tactic).ifPresent(scores::add);
    }
    int unscored = subtechniques.size() + 1 - scores.size();
    boolean countUnscored =
        layout().countUnscored() && layout().aggregateFunction() == AggregateFunction.AVERAGE;
    return layout().aggregateFunction().aggregate(scores, unscored, countUnscored);
  }

  private Optional<BigDecimal> scoreOf(Technique technique, String tactic) {
    return technique.attackId().flatMap(id -> entryFor(id, tactic))
        .flatMap(TechniqueEntry::score);
  }

  @Override
  public String toString() {
    return "Layer \"" + name() + "\" (" + domain()
        + versions().attack().map(version -> " v" + version).orElse("") + ", "
        + techniques().size() + " techniques)";
  }
}
