package dev.attackj.core.diff;

import dev.attackj.core.ObjectType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Markdown form of a {@link ReleaseDiff}. */
final class DiffMarkdown {

  /** Characters with a meaning in Markdown, escaped with a backslash in text from bundles. */
  private static final String SPECIAL = "\\`*_[]<>|#~&";

  private final ReleaseDiff diff;
  private final StringBuilder out = new StringBuilder();

  private DiffMarkdown(ReleaseDiff diff) {
    this.diff = diff;
  }

  static String render(ReleaseDiff diff) {
    return new DiffMarkdown(diff).document();
  }

  private String document() {
    out.append("# ATT&CK changes from ").append(release(diff.oldRelease().orElse(null)))
        .append(" to ").append(release(diff.newRelease().orElse(null))).append("\n\n");
    if (!diff.domains().isEmpty()) {
      out.append("Domains: ").append(escape(String.join(", ", diff.domains()))).append("\n\n");
    }
    summary();
    for (ObjectType type : diff.counts().keySet()) {
      objectChanges(type);
    }
    relationshipChanges();
    return out.toString();
  }

  private static String release(String release) {
    return release == null ? "an unnamed release" : escape(release);
  }

  private void summary() {
    out.append("## Summary\n\n");
    if (diff.changes().isEmpty()) {
      out.append("No object changed.\n\n");
    } else {
      summaryTable();
    }
    long techniques = diff.relationshipChanges().stream()
        .map(c -> c.technique().stixId()).distinct().count();
    out.append(techniques).append(" techniques have relationship changes (")
        .append(diff.relationshipChanges().stream().mapToInt(c -> c.added().size()).sum())
        .append(" relationships added, ")
        .append(diff.relationshipChanges().stream().mapToInt(c -> c.removed().size()).sum())
        .append(" removed).\n\n");
  }

  private void summaryTable() {
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    diff.changes().forEach(c -> kinds.add(c.kind()));
    out.append("| Object type |");
    kinds.forEach(kind -> out.append(' ').append(kind.title()).append(" |"));
    out.append("\n|---|");
    kinds.forEach(kind -> out.append("---:|"));
    out.append('\n');
    Map<ChangeKind, Integer> totals = new LinkedHashMap<>();
    for (ObjectType type : diff.counts().keySet()) {
      out.append("| ").append(title(type)).append(" |");
      for (ChangeKind kind : kinds) {
        int count = diff.count(type, kind);
        totals.merge(kind, count, Integer::sum);
        out.append(' ').append(count).append(" |");
      }
      out.append('\n');
    }
    out.append("| Total |");
    kinds.forEach(kind -> out.append(' ').append(totals.get(kind)).append(" |"));
    out.append("\n\n");
  }

  private void objectChanges(ObjectType type) {
    out.append("## ").append(title(type)).append("\n\n");
    for (ChangeKind kind : ChangeKind.values()) {
      List<ObjectChange> changes = diff.changes(type, kind);
      if (changes.isEmpty()) {
        continue;
      }
      String heading = kind.title();
      out.append("### ").append(Character.toUpperCase(heading.charAt(0)))
          .append(heading.substring(1)).append(" (").append(changes.size()).append(")\n\n");
      changes.forEach(change -> out.append("- ").append(line(change)).append('\n'));
      out.append('\n');
    }
  }

  private static String line(ObjectChange change) {
    String object = ref(change.object());
    return switch (change.kind()) {
      case ADDITION -> object + change.newVersion().map(v -> " (version " + escape(v) + ")")
          .orElse("");
      case REVOCATION, BECAME_SUBTECHNIQUE -> object + change.replacement()
          .map(r -> ", replaced by " + ref(r)).orElse(change.kind() == ChangeKind.REVOCATION
              ? ", without a replacement" : "");
      case DEPRECATION, DELETION -> object;
      case MAJOR_VERSION_CHANGE, MINOR_VERSION_CHANGE, UNVERSIONED_CHANGE -> object + ": "
          + escape(change.oldVersion().orElse("no version")) + " → "
          + escape(change.newVersion().orElse("no version"))
          + (change.changedProperties().isEmpty() ? ""
              : "; changed " + escape(String.join(", ", change.changedProperties())));
      case RENAME -> escape(change.object().label()) + ": " + escape(join(change.before()))
          + " → " + escape(join(change.after()));
      case TACTICS_CHANGE, PLATFORMS_CHANGE -> object + ": " + escape(join(change.before()))
          + " → " + escape(join(change.after()));
    };
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  private void relationshipChanges() {
    if (diff.relationshipChanges().isEmpty()) {
      return;
    }
    out.append("## Relationship changes of techniques\n\n");
    Map<String, List<RelationshipChange>> byTechnique = new LinkedHashMap<>();
    for (RelationshipChange change : diff.relationshipChanges()) {
      byTechnique.computeIfAbsent(change.technique().stixId(), k -> new ArrayList<>())
          .add(change);
    }
    for (List<RelationshipChange> changes : byTechnique.values()) {
      out.append("### ").append(ref(changes.get(0).technique())).append("\n\n");
      for (RelationshipChange change : changes) {
        list(change.relatedKind().title() + " added", change.added());
        list(change.relatedKind().title() + " removed", change.removed());
      }
      out.append('\n');
    }
  }

  private void list(String label, List<ObjectRef> refs) {
    if (refs.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    refs.forEach(ref -> names.add(ref(ref)));
    out.append("- ").append(label).append(": ").append(String.join(", ", names)).append('\n');
  }

  private static String ref(ObjectRef ref) {
    return escape(ref.toString());
  }

  /** The plural name of a kind of object, such as {@code Detection strategies}. */
  static String title(ObjectType type) {
    return switch (type) {
      case TECHNIQUE -> "Techniques";
      case TACTIC -> "Tactics";
      case MATRIX -> "Matrices";
      case GROUP -> "Groups";
      case MALWARE -> "Software: malware";
      case TOOL -> "Software: tools";
      case CAMPAIGN -> "Campaigns";
      case MITIGATION -> "Mitigations";
      case DATA_SOURCE -> "Data sources";
      case DATA_COMPONENT -> "Data components";
      case DETECTION_STRATEGY -> "Detection strategies";
      case ANALYTIC -> "Analytics";
      case ASSET -> "Assets";
      case RELATIONSHIP -> "Relationships";
      case COLLECTION -> "Collections";
      case IDENTITY -> "Identities";
      case MARKING_DEFINITION -> "Marking definitions";
      case OTHER -> "Other objects";
    };
  }

  /**
   * Escapes text from a bundle so that it prints as itself: line breaks become spaces and
   * Markdown's special characters get a backslash.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        escaped.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
