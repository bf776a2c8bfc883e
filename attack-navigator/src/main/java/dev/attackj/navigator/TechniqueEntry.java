package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The annotations of a technique or sub-technique in a layer: score, color, comment, enabled
 * state, metadata and links, under one tactic or, without a tactic, under every tactic of the
 * technique.
 */
@Value.Immutable
public abstract class TechniqueEntry {

  /** The technique ID as written in the layer, such as {@code T1059.001}. */
  public abstract String techniqueId();

  /** The tactic short name, such as {@code execution}; empty means every tactic. */
  public abstract Optional<String> tactic();

  /** The score, kept with its written scale ({@code 3} stays {@code 3}, {@code 2.50} stays). */
  public abstract Optional<BigDecimal> score();

  /** The explicit color, which overrides the score's color; empty when none. */
  @Value.Default
  public String color() {
    return "";
  }

  @Value.Default
  public String comment() {
    return "";
  }

  /** Whether the technique is enabled; defaults to true. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  public abstract List<Metadata> metadata();

  public abstract List<Link> links();

  /** Whether the sub-techniques are shown under this technique; defaults to false. */
  @Value.Default
  public boolean showSubtechniques() {
    return false;
  }

  /** Properties of the technique object that format 4.5 does not define, kept as read. */
  public abstract Map<String, JsonNode> extraFields();

  /** An entry for a technique under every tactic, without annotations yet. */
  public static TechniqueEntry of(String techniqueId) {
    return ImmutableTechniqueEntry.builder().techniqueId(techniqueId).build();
  }

  public static ImmutableTechniqueEntry.Builder builder() {
    return ImmutableTechniqueEntry.builder();
  }

  /** Whether the entry carries any annotation beyond its ID and tactic. */
  public final boolean isAnnotated() {
    return score().isPresent() || !color().isEmpty() || !comment().isEmpty() || !enabled()
        || !metadata().isEmpty() || !links().isEmpty();
  }

  /**
   * Returns the key of the cell this entry annotates: the technique ID in upper case and the
   * tactic in lower case, such as {@code T1059.001^execution}, or {@code T1059.001^} without a
   * tactic. Entries with equal keys annotate the same cell.
   */
  final String key() {
    return key(techniqueId(), tactic());
  }

  /** Returns the {@linkplain #key() key} of an entry with a technique ID and tactic. */
  static String key(String techniqueId, Optional<String> tactic) {
    return techniqueId.toUpperCase(Locale.ROOT) + "^"
        + tactic.map(name -> name.toLowerCase(Locale.ROOT)).orElse("");
  }

  /**
   * Returns the cell of an entry in words: {@code T1102 in defense-evasion}, or
   * {@code T1053.001 (all tactics)} without a tactic.
   */
  static String label(String techniqueId, Optional<String> tactic) {
    return techniqueId.toUpperCase(Locale.ROOT)
        + tactic.map(name -> " in " + name.toLowerCase(Locale.ROOT)).orElse(" (all tactics)");
  }

  /** Returns the cell of this entry in words, as {@link #label(String, Optional)} does. */
  final String label() {
    return label(techniqueId(), tactic());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(techniqueId());
    tactic().ifPresent(tactic -> text.append('^').append(tactic));
    score().ifPresent(score -> text.append(" score=").append(score.toPlainString()));
    if (!color().isEmpty()) {
      text.append(" color=").append(color());
    }
    if (!enabled()) {
      text.append(" disabled");
    }
    return text.toString();
  }
}
