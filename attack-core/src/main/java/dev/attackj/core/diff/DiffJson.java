package dev.attackj.core.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.ObjectType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON form of a {@link ReleaseDiff}. */
final class DiffJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DiffJson() {}

  static ObjectNode toJson(ReleaseDiff diff) {
    ObjectNode root = NODES.objectNode();
    root.put("oldRelease", diff.oldRelease().orElse(null));
    root.put("newRelease", diff.newRelease().orElse(null));
    strings(root.putArray("domains"), List.copyOf(diff.domains()));
    ObjectNode summary = root.putObject("summary");
    for (Map.Entry<ObjectType, Map<ChangeKind, Integer>> type : diff.counts().entrySet()) {
      ObjectNode counts = summary.putObject(type.getKey().stixType());
      type.getValue().forEach((kind, count) -> counts.put(key(kind), count));
    }
    summary.put("relationshipChanges", diff.relationshipChanges().size());
    ArrayNode changes = root.putArray("changes");
    diff.changes().forEach(change -> changes.add(change(change)));
    ArrayNode relationships = root.putArray("relationshipChanges");
    diff.relationshipChanges().forEach(change -> relationships.add(relationshipChange(change)));
    return root;
  }

  /** The JSON name of a kind of change or relation, such as {@code majorVersionChange}. */
  static String key(Enum<?> value) {
    String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }

  static ObjectNode reference(ObjectRef ref) {
    ObjectNode node = NODES.objectNode();
    node.put("id", ref.attackId().orElse(null));
    node.put("stixId", ref.stixId());
    node.put("type", ref.type().stixType());
    node.put("name", ref.name());
    return node;
  }

  private static ObjectNode change(ObjectChange change) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", key(change.kind()));
    node.setAll(reference(change.object()));
    change.oldVersion().ifPresent(v -> node.put("oldVersion", v));
    change.newVersion().ifPresent(v -> node.put("newVersion", v));
    change.replacement().ifPresent(r -> node.set("replacement", reference(r)));
    if (!change.before().isEmpty() || !change.after().isEmpty()) {
      strings(node.putArray("before"), change.before());
      strings(node.putArray("after"), change.after());
    }
    if (!change.changedProperties().isEmpty()) {
      strings(node.putArray("changedProperties"), change.changedProperties());
    }
    return node;
  }

  private static ObjectNode relationshipChange(RelationshipChange change) {
    ObjectNode node = NODES.objectNode();
    node.set("technique", reference(change.technique()));
    node.put("relatedKind", key(change.relatedKind()));
    ArrayNode added = node.putArray("added");
    change.added().forEach(ref -> added.add(reference(ref)));
    ArrayNode removed = node.putArray("removed");
    change.removed().forEach(ref -> removed.add(reference(ref)));
    return node;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
