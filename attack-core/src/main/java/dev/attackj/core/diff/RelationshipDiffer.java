package dev.attackj.core.diff;

import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison of the related objects of each technique that is present in both releases and
 * active in the newer one. Related objects are matched by STIX id, and only active ones count,
 * so a group deprecated in the newer release no longer uses any technique.
 */
final class RelationshipDiffer {

  private final KnowledgeBase older;
  private final KnowledgeBase newer;

  RelationshipDiffer(KnowledgeBase older, KnowledgeBase newer) {
    this.older = older;
    this.newer = newer;
  }

  List<RelationshipChange> changes(Map<String, AttackObject> oldObjects,
      Map<String, AttackObject> newObjects) {
    List<RelationshipChange> changes = new ArrayList<>();
    for (AttackObject object : newObjects.values()) {
      if (object instanceof Technique current && current.isActive()
          && oldObjects.get(current.stixId()) instanceof Technique previous) {
        for (RelatedKind kind : RelatedKind.values()) {
          compare(previous, current, kind).ifPresent(changes::add);
        }
      }
    }
    changes.sort(Comparator.comparing((RelationshipChange c) -> c.technique().label())
        .thenComparing(RelationshipChange::relatedKind));
    return changes;
  }

  private Optional<RelationshipChange> compare(Technique previous, Technique current,
      RelatedKind kind) {
    Map<String, AttackObject> before = byStixId(related(older, previous, kind));
    Map<String, AttackObject> after = byStixId(related(newer, current, kind));
    List<ObjectRef> added = onlyIn(after, before);
    List<ObjectRef> removed = onlyIn(before, after);
    if (added.isEmpty() && removed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RelationshipChange.builder()
        .technique(ObjectRef.from(current))
        .relatedKind(kind)
        .added(added)
        .removed(removed)
        .build());
  }

  static List<? extends AttackObject> related(KnowledgeBase kb, Technique technique,
      RelatedKind kind) {
    return switch (kind) {
      case GROUP -> kb.groupsUsing(technique);
      case SOFTWARE -> kb.softwareUsing(technique);
      case CAMPAIGN -> kb.campaignsUsing(technique);
      case MITIGATION -> kb.mitigationsOf(technique);
      case DETECTION_STRATEGY -> kb.detectionStrategiesOf(technique);
      case DATA_COMPONENT -> kb.dataComponentsDetecting(technique);
    };
  }

  private static Map<String, AttackObject> byStixId(List<? extends AttackObject> objects) {
    Map<String, AttackObject> map = new LinkedHashMap<>();
    objects.forEach(o -> map.put(o.stixId(), o));
    return map;
  }

  /** References to the objects of {@code from} that {@code other} lacks, by ATT&CK id. */
  private static List<ObjectRef> onlyIn(Map<String, AttackObject> from,
      Map<String, AttackObject> other) {
    List<ObjectRef> refs = new ArrayList<>();
    from.forEach((stixId, object) -> {
      if (!other.containsKey(stixId)) {
        refs.add(ObjectRef.from(object));
      }
    });
    refs.sort(Comparator.comparing(ObjectRef::label));
    return refs;
  }
}
