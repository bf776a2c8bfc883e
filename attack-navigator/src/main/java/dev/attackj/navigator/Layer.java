package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
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
    return techniques().stream()
        .filter(entry -> entry.techniqueId().equalsIgnoreCase(techniqueId))
        .collect(java.util.stream.Collectors.toList());
  }

  /**
   * The entry that applies to a technique under a tactic: the last entry for that tactic or
   * without a tactic, since the Navigator lets later entries overwrite earlier ones.
   */
  public final Optional<TechniqueEntry> entryFor(String techniqueId, String tactic) {
    TechniqueEntry found = null;
    for (TechniqueEntry entry : techniques()) {
      boolean sameTechnique = entry.techniqueId().equalsIgnoreCase(techniqueId);
      if (sameTechnique && entry.tactic().map(tactic::equals).orElse(true)) {
        found = entry;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public String toString() {
    return "Layer \"" + name() + "\" (" + domain()
        + versions().attack().map(version -> " v" + version).orElse("") + ", "
        + techniques().size() + " techniques)";
  }
}
