package dev.attackj.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.AttackJson;
import dev.attackj.core.AttackObject;
import dev.attackj.core.Include;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.ObjectType;
import dev.attackj.core.Technique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The comparison of two knowledge bases behind {@link ReleaseDiff#between}. */
final class Differ {

  /** The kinds of object compared one by one; relationships are compared per technique. */
  static final Set<ObjectType> COMPARED = EnumSet.complementOf(EnumSet.of(
      ObjectType.RELATIONSHIP, ObjectType.COLLECTION, ObjectType.IDENTITY,
      ObjectType.MARKING_DEFINITION, ObjectType.OTHER));

  /** Properties whose change alone is not a content change worth listing twice. */
  private static final Set<String> IGNORED_PROPERTIES = Set.of("version");

  /** A release such as {@code -15.1.} in a file name such as {@code enterprise-attack-15.1.json}. */
  private static final Pattern RELEASE_IN_FILE_NAME = Pattern.compile("-(\\d+\\.\\d+)\\.");

  private final KnowledgeBase older;
  private final KnowledgeBase newer;
  private final List<ObjectChange> changes = new ArrayList<>();

  Differ(KnowledgeBase older, KnowledgeBase newer) {
    if (!older.domains().isEmpty() && !newer.domains().isEmpty()
        && !older.domains().equals(newer.domains())) {
      throw new IllegalArgumentException("cannot compare releases of different domains: "
          + older.domains() + " and " + newer.domains());
    }
    this.older = older;
    this.newer = newer;
  }

  ReleaseDiff diff() {
    Map<String, AttackObject> oldObjects = compared(older);
    Map<String, AttackObject> newObjects = compared(newer);
    for (AttackObject current : newObjects.values()) {
      AttackObject previous = oldObjects.get(current.stixId());
      if (previous == null) {
        compareNew(current);
      } else {
        compare(previous, current);
      }
    }
    for (AttackObject previous : oldObjects.values()) {
      if (!newObjects.containsKey(previous.stixId())) {
        changes.add(change(ChangeKind.DELETION, previous, null, null).build());
      }
    }
    changes.sort(Comparator.comparing((ObjectChange c) -> c.object().type())
        .thenComparing(ObjectChange::kind)
        .thenComparing(c -> c.object().label()));

    Set<String> domains = new TreeSet<>(older.domains());
    domains.addAll(newer.domains());
    return ReleaseDiff.builder()
        .oldRelease(releaseOf(older))
        .newRelease(releaseOf(newer))
        .domains(domains)
        .changes(changes)
        .relationshipChanges(new RelationshipDiffer(older, newer)
            .changes(oldObjects, newObjects))
        .build();
  }

  /**
   * Finds the release a knowledge base names, or else the release in the file name of its only
   * bundle, such as {@code 15.1} of {@code enterprise-attack-15.1.json.gz}: the STIX 2.0 bundles
   * of the mitre/cti repository carry no collection object that would name it.
   */
  static Optional<String> releaseOf(KnowledgeBase kb) {
    if (kb.release().isPresent() || kb.bundles().size() != 1) {
      return kb.release();
    }
    String source = kb.bundles().get(0).source();
    String fileName = source.substring(Math.max(source.lastIndexOf('/'),
        source.lastIndexOf('\\')) + 1);
    Matcher matcher = RELEASE_IN_FILE_NAME.matcher(fileName);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Map<String, AttackObject> compared(KnowledgeBase kb) {
    Map<String, AttackObject> objects = new LinkedHashMap<>();
    for (AttackObject object : kb.objects(AttackObject.class, Include.ALL)) {
      if (COMPARED.contains(object.objectType())) {
        objects.put(object.stixId(), object);
      }
    }
    return objects;
  }

  /** Records an object that only the newer release has, usually as an addition. */
  private void compareNew(AttackObject current) {
    if (current.isRevoked()) {
      addRevocation(null, current);
    } else if (current.isDeprecated()) {
      changes.add(change(ChangeKind.DEPRECATION, null, current, null).build());
    } else {
      changes.add(change(ChangeKind.ADDITION, null, current, null).build());
    }
  }

  private void compare(AttackObject previous, AttackObject current) {
    if (current.isRevoked()) {
      if (!previous.isRevoked()) {
        addRevocation(previous, current);
      }
      return;
    }
    if (current.isDeprecated()) {
      if (!previous.isDeprecated()) {
        changes.add(change(ChangeKind.DEPRECATION, previous, current, null).build());
      }
      return;
    }
    compareVersions(previous, current);
    if (!previous.name().equals(current.name())) {
      changes.add(change(ChangeKind.RENAME, previous, current, null)
          .addBefore(previous.name()).addAfter(current.name()).build());
    }
    if (previous instanceof Technique before && current instanceof Technique after) {
      compareTechniques(before, after);
    }
  }

  private void addRevocation(AttackObject previous, AttackObject current) {
    Optional<AttackObject> replacement = newer.replacementOf(current);
    changes.add(change(ChangeKind.REVOCATION, previous, current, replacement.orElse(null))
        .build());
    boolean wasTechnique = previous instanceof Technique t && !t.isSubTechnique();
    if (wasTechnique && replacement.orElse(null) instanceof Technique r && r.isSubTechnique()) {
      changes.add(change(ChangeKind.BECAME_SUBTECHNIQUE, previous, current, r).build());
    }
  }

  private void compareVersions(AttackObject previous, AttackObject current) {
    Optional<String> oldVersion = previous.version();
    Optional<String> newVersion = current.version();
    ChangeKind kind;
    if (!oldVersion.equals(newVersion)) {
      kind = majorOf(oldVersion).equals(majorOf(newVersion))
          ? ChangeKind.MINOR_VERSION_CHANGE
          : ChangeKind.MAJOR_VERSION_CHANGE;
    } else if (!previous.equals(current)) {
      kind = ChangeKind.UNVERSIONED_CHANGE;
    } else {
      return;
    }
    changes.add(change(kind, previous, current, null)
        .addBefore(oldVersion.orElse("")).addAfter(newVersion.orElse(""))
        .changedProperties(changedProperties(previous, current))
        .build());
  }

  /** The part of a version before the first dot, such as {@code 1} of {@code 1.2}. */
  static String majorOf(Optional<String> version) {
    String text = version.orElse("").trim();
    int dot = text.indexOf('.');
    return dot < 0 ? text : text.substring(0, dot);
  }

  /** The top-level properties of the JSON form of two objects whose values differ. */
  static List<String> changedProperties(AttackObject previous, AttackObject current) {
    ObjectNode before = AttackJson.toJson(previous);
    ObjectNode after = AttackJson.toJson(current);
    Set<String> names = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    List<String> changed = new ArrayList<>();
    for (String name : names) {
      if (!IGNORED_PROPERTIES.contains(name)
          && !Objects.equals(before.get(name), after.get(name))) {
        changed.add(name);
      }
    }
    addChangedExtraProperties(before.get("extraProperties"), after.get("extraProperties"),
        changed);
    return changed;
  }

  /** Replaces {@code extraProperties} by the names of the extra properties that changed. */
  private static void addChangedExtraProperties(JsonNode before, JsonNode after,
      List<String> changed) {
    if (!changed.remove("extraProperties")) {
      return;
    }
    Set<String> names = new TreeSet<>();
    for (JsonNode node : new JsonNode[] {before, after}) {
      if (node != null) {
        node.fieldNames().forEachRemaining(names::add);
      }
    }
    for (String name : names) {
      JsonNode old = before == null ? null : before.get(name);
      JsonNode now = after == null ? null : after.get(name);
      if (!Objects.equals(old, now)) {
        changed.add(name);
      }
    }
  }

  private void compareTechniques(Technique previous, Technique current) {
    compareSets(ChangeKind.TACTICS_CHANGE, previous, current, Technique::tacticShortNames);
    compareSets(ChangeKind.PLATFORMS_CHANGE, previous, current, Technique::platforms);
    if (!previous.isSubTechnique() && current.isSubTechnique()) {
      changes.add(change(ChangeKind.BECAME_SUBTECHNIQUE, previous, current, null).build());
    }
  }

  private void compareSets(ChangeKind kind, Technique previous, Technique current,
      Function<Technique, List<String>> values) {
    List<String> before = values.apply(previous);
    List<String> after = values.apply(current);
    if (!Set.copyOf(before).equals(Set.copyOf(after))) {
      changes.add(change(kind, previous, current, null).before(before).after(after).build());
    }
  }

  /** A change of an object, named as {@code current} (or {@code previous} when absent). */
  private static ImmutableObjectChange.Builder change(ChangeKind kind, AttackObject previous,
      AttackObject current, AttackObject replacement) {
    AttackObject named = current == null ? previous : current;
    ImmutableObjectChange.Builder builder = ObjectChange.builder()
        .kind(kind)
        .object(ObjectRef.from(named));
    if (previous != null) {
      builder.oldVersion(previous.version());
    }
    if (current != null) {
      builder.newVersion(current.version());
    }
    if (replacement != null) {
      builder.replacement(ObjectRef.from(replacement));
    }
    return builder;
  }
}
