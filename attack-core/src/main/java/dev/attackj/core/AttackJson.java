package dev.attackj.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of ATT&CK objects that the command-line tool prints and other tools may keep:
 * {@code id} (ATT&CK id, null for objects without one), {@code stixId}, {@code type} (STIX
 * type), {@code name}, then the other common properties and the kind's own, with STIX property
 * names in camel case. References ({@link #reference}) carry {@code id} and {@code name}, where
 * the id falls back to the STIX id for objects without an ATT&CK id.
 */
public final class AttackJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AttackJson() {}

  /** A short reference to an object: {@code {"id": "T1059.001", "name": "PowerShell"}}. */
  public static ObjectNode reference(AttackObject object) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", object.label());
    node.put("name", object.name());
    return node;
  }

  /** References to objects, in order. */
  public static ArrayNode references(List<? extends AttackObject> objects) {
    ArrayNode array = MAPPER.createArrayNode();
    objects.forEach(o -> array.add(reference(o)));
    return array;
  }

  /** The whole object, its extra properties included under {@code extraProperties}. */
  public static ObjectNode toJson(AttackObject object) {
    ObjectNode node = MAPPER.createObjectNode();
    CommonProperties common = object.common();
    node.put("id", object.attackId().orElse(null));
    node.put("stixId", object.stixId());
    node.put("type", object.stixType());
    node.put("name", object.name());
    node.put("description", object.description());
    strings(node, "aliases", object.aliases());
    strings(node, "platforms", object.platforms());
    strings(node, "domains", object.domains());
    node.put("version", object.version().orElse(null));
    node.put("created", object.created().map(Object::toString).orElse(null));
    node.put("modified", object.modified().map(Object::toString).orElse(null));
    node.put("revoked", object.isRevoked());
    node.put("deprecated", object.isDeprecated());
    node.put("url", object.url().orElse(null));
    strings(node, "contributors", object.contributors());
    addOwnProperties(node, object);
    ArrayNode references = node.putArray("externalReferences");
    for (ExternalReference reference : object.externalReferences()) {
      ObjectNode entry = references.addObject();
      entry.put("sourceName", reference.sourceName());
      reference.externalId().ifPresent(v -> entry.put("externalId", v));
      reference.url().ifPresent(v -> entry.put("url", v));
      reference.description().ifPresent(v -> entry.put("description", v));
    }
    if (!common.extraProperties().isEmpty()) {
      node.putObject("extraProperties").setAll(common.extraProperties());
    }
    return node;
  }

  private static void addOwnProperties(ObjectNode node, AttackObject object) {
    if (object instanceof Technique t) {
      node.put("subTechnique", t.isSubTechnique());
      strings(node, "tactics", t.tacticShortNames());
      optional(node, "detection", t.detection());
      strings(node, "dataSources", t.dataSources());
      strings(node, "permissionsRequired", t.permissionsRequired());
      strings(node, "effectivePermissions", t.effectivePermissions());
      strings(node, "systemRequirements", t.systemRequirements());
      t.remoteSupport().ifPresent(v -> node.put("remoteSupport", v));
      t.networkRequirements().ifPresent(v -> node.put("networkRequirements", v));
      strings(node, "defenseBypassed", t.defenseBypassed());
      strings(node, "impactType", t.impactType());
      strings(node, "tacticType", t.tacticType());
    } else if (object instanceof Tactic t) {
      node.put("shortName", t.shortName());
    } else if (object instanceof Campaign c) {
      optional(node, "firstSeen", c.firstSeen().map(Object::toString));
      optional(node, "lastSeen", c.lastSeen().map(Object::toString));
    } else if (object instanceof DataComponent c) {
      optional(node, "dataSourceRef", c.dataSourceRef());
      ArrayNode sources = node.putArray("logSources");
      c.logSources().forEach(s -> sources.addObject().put("name", s.name())
          .put("channel", s.channel()));
    } else if (object instanceof Analytic a) {
      ArrayNode sources = node.putArray("logSourceReferences");
      a.logSourceReferences().forEach(s -> sources.addObject()
          .put("dataComponentRef", s.dataComponentRef()).put("name", s.name())
          .put("channel", s.channel()));
      ArrayNode elements = node.putArray("mutableElements");
      a.mutableElements().forEach(e -> elements.addObject().put("field", e.field())
          .put("description", e.description()));
    } else if (object instanceof DetectionStrategy d) {
      strings(node, "analyticRefs", d.analyticRefs());
    } else if (object instanceof Relationship r) {
      node.put("relationshipType", r.relationshipType());
      node.put("sourceRef", r.sourceRef());
      node.put("targetRef", r.targetRef());
    } else if (object instanceof Matrix m) {
      strings(node, "tacticRefs", m.tacticRefs());
    } else if (object instanceof Software s) {
      strings(node, "labels", s.labels());
    } else if (object instanceof DataSource s) {
      strings(node, "collectionLayers", s.collectionLayers());
    } else if (object instanceof Asset a) {
      strings(node, "sectors", a.sectors());
      ArrayNode related = node.putArray("relatedAssets");
      a.relatedAssets().forEach(r -> {
        ObjectNode entry = related.addObject().put("name", r.name());
        r.description().ifPresent(d -> entry.put("description", d));
        strings(entry, "sectors", r.sectors());
      });
    } else if (object instanceof Collection c) {
      ArrayNode contents = node.putArray("contents");
      c.contents().forEach(e -> contents.addObject().put("objectRef", e.objectRef())
          .put("objectModified", e.objectModified().toString()));
    } else if (object instanceof Identity i) {
      optional(node, "identityClass", i.identityClass());
    } else if (object instanceof MarkingDefinition m) {
      optional(node, "definitionType", m.definitionType());
      m.definition().ifPresent(d -> node.set("definition", d));
    }
  }

  private static void strings(ObjectNode node, String name, List<String> values) {
    ArrayNode array = node.putArray(name);
    values.forEach(array::add);
  }

  private static void optional(ObjectNode node, String name, Optional<String> value) {
    value.ifPresent(v -> node.put(name, v));
  }
}
