package dev.attackj.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The STIX properties the model names, each with the JSON kind of its value. */
enum Property {
  TYPE("type", Kind.STRING),
  ID("id", Kind.STRING),
  NAME("name", Kind.STRING),
  DESCRIPTION("description", Kind.STRING),
  VERSION("x_mitre_version", Kind.STRING),
  CREATED("created", Kind.STRING),
  MODIFIED("modified", Kind.STRING),
  CREATED_BY_REF("created_by_ref", Kind.STRING),
  MODIFIED_BY_REF("x_mitre_modified_by_ref", Kind.STRING),
  SPEC_VERSION("spec_version", Kind.STRING),
  ATTACK_SPEC_VERSION("x_mitre_attack_spec_version", Kind.STRING),
  REVOKED("revoked", Kind.BOOLEAN),
  DEPRECATED("x_mitre_deprecated", Kind.BOOLEAN),
  ALIASES("aliases", Kind.STRINGS),
  SOFTWARE_ALIASES("x_mitre_aliases", Kind.STRINGS),
  PLATFORMS("x_mitre_platforms", Kind.STRINGS),
  DOMAINS("x_mitre_domains", Kind.STRINGS),
  CONTRIBUTORS("x_mitre_contributors", Kind.STRINGS),
  MARKING_REFS("object_marking_refs", Kind.STRINGS),
  EXTERNAL_REFERENCES("external_references", 1,
      "source_name", "description", "url", "external_id"),
  KILL_CHAIN_PHASES("kill_chain_phases", 2, "kill_chain_name", "phase_name"),
  IS_SUBTECHNIQUE("x_mitre_is_subtechnique", Kind.BOOLEAN),
  DETECTION("x_mitre_detection", Kind.STRING),
  DATA_SOURCES("x_mitre_data_sources", Kind.STRINGS),
  PERMISSIONS_REQUIRED("x_mitre_permissions_required", Kind.STRINGS),
  EFFECTIVE_PERMISSIONS("x_mitre_effective_permissions", Kind.STRINGS),
  DEFENSE_BYPASSED("x_mitre_defense_bypassed", Kind.STRINGS),
  SYSTEM_REQUIREMENTS("x_mitre_system_requirements", Kind.STRINGS),
  REMOTE_SUPPORT("x_mitre_remote_support", Kind.BOOLEAN),
  NETWORK_REQUIREMENTS("x_mitre_network_requirements", Kind.BOOLEAN),
  IMPACT_TYPE("x_mitre_impact_type", Kind.STRINGS),
  TACTIC_TYPE("x_mitre_tactic_type", Kind.STRINGS),
  SHORTNAME("x_mitre_shortname", Kind.STRING),
  TACTIC_REFS("tactic_refs", Kind.STRINGS),
  LABELS("labels", Kind.STRINGS),
  FIRST_SEEN("first_seen", Kind.STRING),
  LAST_SEEN("last_seen", Kind.STRING),
  FIRST_SEEN_CITATION("x_mitre_first_seen_citation", Kind.STRING),
  LAST_SEEN_CITATION("x_mitre_last_seen_citation", Kind.STRING),
  COLLECTION_LAYERS("x_mitre_collection_layers", Kind.STRINGS),
  DATA_SOURCE_REF("x_mitre_data_source_ref", Kind.STRING),
  LOG_SOURCES("x_mitre_log_sources", 2, "name", "channel"),
  ANALYTIC_REFS("x_mitre_analytic_refs", Kind.STRINGS),
  LOG_SOURCE_REFERENCES("x_mitre_log_source_references", 3,
      "x_mitre_data_component_ref", "name", "channel"),
  MUTABLE_ELEMENTS("x_mitre_mutable_elements", 2, "field", "description"),
  SECTORS("x_mitre_sectors", Kind.STRINGS),
  RELATED_ASSETS("x_mitre_related_assets", Kind.TREE),
  RELATIONSHIP_TYPE("relationship_type", Kind.STRING),
  SOURCE_REF("source_ref", Kind.STRING),
  TARGET_REF("target_ref", Kind.STRING),
  CONTENTS("x_mitre_contents", 2, "object_ref", "object_modified"),
  IDENTITY_CLASS("identity_class", Kind.STRING),
  DEFINITION_TYPE("definition_type", Kind.STRING),
  DEFINITION("definition", Kind.TREE);

  /** How a property's value is read. */
  enum Kind {
    STRING, BOOLEAN, STRINGS,
    /** An array of objects whose values are strings, under the property's entry keys. */
    ENTRIES,
    TREE
  }

  private static final Map<String, Property> BY_NAME = new HashMap<>();

  /** Every property, in declaration order; {@code values()} would copy the array each call. */
  static final List<Property> ALL = List.of(values());

  static {
    for (Property property : values()) {
      BY_NAME.put(property.jsonName, property);
    }
  }

  final String jsonName;
  final Kind kind;
  /** The keys an entry may have, required ones first ({@link Kind#ENTRIES} only). */
  final String[] entryKeys;
  /** The number of entry keys every entry must have ({@link Kind#ENTRIES} only). */
  final int requiredKeys;

  Property(String jsonName, Kind kind) {
    this.jsonName = jsonName;
    this.kind = kind;
    this.entryKeys = new String[0];
    this.requiredKeys = 0;
  }

  Property(String jsonName, int requiredKeys, String... entryKeys) {
    this.jsonName = jsonName;
    this.kind = Kind.ENTRIES;
    this.entryKeys = entryKeys;
    this.requiredKeys = requiredKeys;
  }

  /** Returns the position of an entry key, or -1 for a key these entries do not have. */
  int slotOf(String key) {
    for (int i = 0; i < entryKeys.length; i++) {
      if (entryKeys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The property with a JSON name, or null for one the model does not name. */
  static Property named(String jsonName) {
    return BY_NAME.get(jsonName);
  }
}
