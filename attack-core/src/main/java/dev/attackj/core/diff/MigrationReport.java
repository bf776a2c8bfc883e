package dev.attackj.core.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of a migration to a newer release: one note for every entry that was changed,
 * merged or flagged, so that nothing is dropped without a trace.
 */
@Value.Immutable
public abstract class MigrationReport {

  /** The migrated layer, inventory or profile, by name or file. */
  public abstract String subject();

  /** The release migrated from, when known. */
  public abstract Optional<String> fromRelease();

  /** The release migrated to, when known. */
  public abstract Optional<String> toRelease();

  public abstract List<MigrationNote> notes();

  /** The notes with one action. */
  public final List<MigrationNote> notes(MigrationNote.Action action) {
    return notes().stream().filter(n -> n.action() == action).toList();
  }

  /** Whether the migration changed or flagged nothing. */
  public final boolean isEmpty() {
    return notes().isEmpty();
  }

  /**
   * The report as JSON: {@code subject}, {@code fromRelease}, {@code toRelease}, {@code counts}
   * (by action) and {@code notes}, each with {@code action}, {@code subject}, {@code oldId},
   * {@code newId} and {@code message}. Each call returns a new tree.
   */
  public final ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("subject", subject());
    root.put("fromRelease", fromRelease().orElse(null));
    root.put("toRelease", toRelease().orElse(null));
    ObjectNode counts = root.putObject("counts");
    for (MigrationNote.Action action : MigrationNote.Action.values()) {
      int count = notes(action).size();
      if (count > 0) {
        counts.put(DiffJson.key(action), count);
      }
    }
    ArrayNode notes = root.putArray("notes");
    for (MigrationNote note : notes()) {
      ObjectNode node = notes.addObject();
      node.put("action", DiffJson.key(note.action()));
      node.put("subject", note.subject());
      node.put("oldId", note.oldId().orElse(null));
      node.put("newId", note.newId().orElse(null));
      node.put("message", note.message());
    }
    return root;
  }

  public static ImmutableMigrationReport.Builder builder() {
    return ImmutableMigrationReport.builder();
  }

  @Override
  public String toString() {
    return "MigrationReport " + subject() + " to " + toRelease().orElse("?") + " ("
        + notes().size() + " notes)";
  }
}
