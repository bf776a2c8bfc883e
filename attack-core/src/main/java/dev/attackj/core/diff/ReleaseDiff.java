package dev.attackj.core.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.ObjectType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The changes between two ATT&CK releases of one domain. For every kind of object it lists the
 * additions, revocations (with the replacement), deprecations and deletions, the version
 * changes, the changes without a version change and the renames. For techniques it also lists
 * moves to other tactics or platforms and techniques that became sub-techniques, and the
 * groups, software, campaigns, mitigations, detection strategies and data components each
 * technique gained or lost.
 *
 * <pre>{@code
 * ReleaseDiff diff = ReleaseDiff.between(KnowledgeBase.load(old), KnowledgeBase.load(current));
 * List<ObjectChange> revoked = diff.changes(ObjectType.TECHNIQUE, ChangeKind.REVOCATION);
 * String report = diff.toMarkdown();
 * }</pre>
 *
 * <p>Objects are matched by STIX id. Relationships, collections, identities and marking
 * definitions are not compared as objects; relationships show up as the relationship changes of
 * techniques.
 */
@Value.Immutable
public abstract class ReleaseDiff {

  /** The older release, such as {@code 15.1}, when its bundle names one. */
  public abstract Optional<String> oldRelease();

  /** The newer release, such as {@code 18.1}, when its bundle names one. */
  public abstract Optional<String> newRelease();

  /** The domains compared, such as {@code enterprise-attack}. */
  public abstract Set<String> domains();

  /** The object changes, by kind of object, then kind of change, then ATT&CK id. */
  public abstract List<ObjectChange> changes();

  /** The relationship changes of techniques present and active in both releases, by ATT&CK id. */
  public abstract List<RelationshipChange> relationshipChanges();

  /**
   * Compares two knowledge bases of one domain.
   *
   * @throws IllegalArgumentException if both name their domains and the domains differ
   */
  public static ReleaseDiff between(KnowledgeBase older, KnowledgeBase newer) {
    return new Differ(older, newer).diff();
  }

  /** The changes of one kind of object, such as {@link ObjectType#TECHNIQUE}. */
  public final List<ObjectChange> changes(ObjectType type) {
    return changes().stream().filter(c -> c.object().type() == type).toList();
  }

  /** The changes of one kind of object and one kind of change. */
  public final List<ObjectChange> changes(ObjectType type, ChangeKind kind) {
    return changes().stream()
        .filter(c -> c.object().type() == type && c.kind() == kind)
        .toList();
  }

  /** The changes of one kind, such as every {@link ChangeKind#REVOCATION}. */
  public final List<ObjectChange> changes(ChangeKind kind) {
    return changes().stream().filter(c -> c.kind() == kind).toList();
  }

  /** The relationship changes of a technique, by ATT&CK id such as {@code T1059.001}. */
  public final List<RelationshipChange> relationshipChangesOf(String techniqueId) {
    return relationshipChanges().stream()
        .filter(c -> c.technique().attackId().map(techniqueId::equalsIgnoreCase).orElse(false))
        .toList();
  }

  /**
   * The number of changes of each kind for each kind of object that has any, in the order of
   * {@link ObjectType} and {@link ChangeKind}.
   */
  @Value.Lazy
  public Map<ObjectType, Map<ChangeKind, Integer>> counts() {
    Map<ObjectType, Map<ChangeKind, Integer>> counts = new EnumMap<>(ObjectType.class);
    for (ObjectChange change : changes()) {
      counts.computeIfAbsent(change.object().type(), t -> new EnumMap<>(ChangeKind.class))
          .merge(change.kind(), 1, Integer::sum);
    }
    counts.replaceAll((type, byKind) -> Collections.unmodifiableMap(byKind));
    return Collections.unmodifiableMap(counts);
  }

  /** The number of changes of one kind for one kind of object. */
  public final int count(ObjectType type, ChangeKind kind) {
    return counts().getOrDefault(type, Map.of()).getOrDefault(kind, 0);
  }

  /**
   * The diff as JSON: {@code oldRelease}, {@code newRelease}, {@code domains}, {@code summary}
   * (counts by STIX type and kind of change), {@code changes} and {@code relationshipChanges}.
   * Each call returns a new tree.
   */
  public final ObjectNode toJson() {
    return DiffJson.toJson(this);
  }

  /**
   * The diff as a Markdown document: a summary table of counts, then the changes of each kind
   * of object, then the relationship changes of techniques. Text from the bundles is escaped.
   */
  public final String toMarkdown() {
    return DiffMarkdown.render(this);
  }

  public static ImmutableReleaseDiff.Builder builder() {
    return ImmutableReleaseDiff.builder();
  }

  @Override
  public String toString() {
    return "ReleaseDiff " + oldRelease().orElse("?") + " -> " + newRelease().orElse("?")
        + " (" + changes().size() + " changes, " + relationshipChanges().size()
        + " relationship changes)";
  }
}
