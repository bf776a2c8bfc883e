package dev.attackj.navigator;

import dev.attackj.core.ObjectType;
import dev.attackj.core.diff.ChangeKind;
import dev.attackj.core.diff.ObjectChange;
import dev.attackj.core.diff.RelationshipChange;
import dev.attackj.core.diff.ReleaseDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The layer of a {@link ReleaseDiff}: every technique that changed, colored by its most
 * significant kind of change, with a comment that lists all its changes, and a legend of the
 * colors used. Techniques whose only change is in their relationships get a color of their own.
 *
 * <p>The order of significance, and the colors, are those of {@link #colors()}: revocation,
 * deletion, deprecation, technique turned into sub-technique, addition, major version change,
 * tactics change, minor version change, rename, platforms change, change without a version
 * change. Entries carry no tactic, so each applies under every tactic of its technique.
 */
public final class ReleaseDiffLayer {

  /** The color of techniques whose only change is in their relationships. */
  public static final String RELATIONSHIPS_COLOR = "#d9d9d9";

  private static final Map<ChangeKind, String> COLORS = colorsBySignificance();

  private ReleaseDiffLayer() {}

  /** The colors of the kinds of change, most significant first. */
  public static Map<ChangeKind, String> colors() {
    return COLORS;
  }

  private static Map<ChangeKind, String> colorsBySignificance() {
    Map<ChangeKind, String> colors = new LinkedHashMap<>();
    colors.put(ChangeKind.REVOCATION, "#e41a1c");
    colors.put(ChangeKind.DELETION, "#99000d");
    colors.put(ChangeKind.DEPRECATION, "#969696");
    colors.put(ChangeKind.BECAME_SUBTECHNIQUE, "#984ea3");
    colors.put(ChangeKind.ADDITION, "#4daf4a");
    colors.put(ChangeKind.MAJOR_VERSION_CHANGE, "#ff7f00");
    colors.put(ChangeKind.TACTICS_CHANGE, "#f781bf");
    colors.put(ChangeKind.MINOR_VERSION_CHANGE, "#ffd92f");
    colors.put(ChangeKind.RENAME, "#a65628");
    colors.put(ChangeKind.PLATFORMS_CHANGE, "#80b1d3");
    colors.put(ChangeKind.UNVERSIONED_CHANGE, "#c6dbef");
    return Collections.unmodifiableMap(colors);
  }

  /**
   * Builds the layer of a diff, named after its releases, for its domain ({@code
   * enterprise-attack} when the diff names none) and the newer release.
   */
  public static Layer from(ReleaseDiff diff) {
    Map<String, Set<ChangeKind>> kinds = new TreeMap<>();
    Map<String, List<String>> comments = new TreeMap<>();
    for (ObjectChange change : diff.changes(ObjectType.TECHNIQUE)) {
      String id = change.object().label();
      kinds.computeIfAbsent(id, k -> EnumSet.noneOf(ChangeKind.class)).add(change.kind());
      comments.computeIfAbsent(id, k -> new ArrayList<>()).add(describe(change));
    }
    for (RelationshipChange change : diff.relationshipChanges()) {
      String id = change.technique().label();
      kinds.computeIfAbsent(id, k -> EnumSet.noneOf(ChangeKind.class));
      comments.computeIfAbsent(id, k -> new ArrayList<>()).add(describe(change));
    }

    Map<String, Integer> used = new LinkedHashMap<>();
    ImmutableLayer.Builder layer = Layer.builder()
        .name("ATT&CK changes " + diff.oldRelease().orElse("?") + " to "
            + diff.newRelease().orElse("?"))
        .domain(diff.domains().stream().findFirst().orElse("enterprise-attack"))
        .versions(Versions.of(diff.newRelease().map(LayerMigration::major)))
        .description("Techniques that changed between ATT&CK " + diff.oldRelease().orElse("?")
            + " and " + diff.newRelease().orElse("?") + ", colored by their most significant "
            + "change.");
    kinds.forEach((id, techniqueKinds) -> {
      String color = colorOf(techniqueKinds);
      used.merge(color, 1, Integer::sum);
      layer.addTechnique(TechniqueEntry.builder()
          .techniqueId(id)
          .color(color)
          .comment(String.join("\n", comments.get(id)))
          .build());
    });
    COLORS.forEach((kind, color) -> {
      if (used.containsKey(color)) {
        layer.addLegendItem(LegendItem.of(kind.title(), color));
      }
    });
    if (used.containsKey(RELATIONSHIPS_COLOR)) {
      layer.addLegendItem(LegendItem.of("relationship changes only", RELATIONSHIPS_COLOR));
    }
    return layer.build();
  }

  private static String colorOf(Set<ChangeKind> kinds) {
    for (Map.Entry<ChangeKind, String> entry : COLORS.entrySet()) {
      if (kinds.contains(entry.getKey())) {
        return entry.getValue();
      }
    }
    return RELATIONSHIPS_COLOR;
  }

  private static String describe(ObjectChange change) {
    String text = change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (change.replacement().isPresent()) {
      return text + ": replaced by " + change.replacement().get();
    }
    if (!change.before().isEmpty() || !change.after().isEmpty()) {
      return text + ": " + String.join(", ", change.before()) + " -> "
          + String.join(", ", change.after());
    }
    return text;
  }

  private static String describe(RelationshipChange change) {
    List<String> parts = new ArrayList<>();
    if (!change.added().isEmpty()) {
      parts.add(change.added().size() + " added");
    }
    if (!change.removed().isEmpty()) {
      parts.add(change.removed().size() + " removed");
    }
    return change.relatedKind().title() + ": " + String.join(", ", parts);
  }
}
