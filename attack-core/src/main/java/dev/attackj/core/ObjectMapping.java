package dev.attackj.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the properties of one STIX object into its value. Each property the model names is
 * removed as it is mapped, and what remains becomes the object's extra properties. A property of
 * the wrong type is reported and also kept among the extra properties, so no property is dropped.
 */
final class ObjectMapping {

  private static final Set<String> ATTACK_SOURCES =
      Set.of("mitre-attack", "mitre-mobile-attack", "mitre-ics-attack", "mitre-pre-attack");

  private final ObjectFields fields;
  private final JsonLocation location;
  private final int index;
  private final BundleParser parser;
  private final Map<String, JsonNode> rejected = new LinkedHashMap<>();
  private String stixId;

  ObjectMapping(ObjectFields fields, JsonLocation location, int index, BundleParser parser) {
    this.fields = fields;
    this.location = location;
    this.index = index;
    this.parser = parser;
  }

  /** The value, or null when the object lacks a type or id (which is reported). */
  AttackObject build() {
    String type = text(Property.TYPE).orElse(null);
    stixId = text(Property.ID).orElse(null);
    for (ObjectFields.Duplicate duplicate : fields.duplicates()) {
      parser.report(Problem.Severity.WARNING, duplicate.location(), duplicate.pointer(), stixId,
          "duplicate key \"" + duplicate.key() + "\": only the last of its values is kept");
    }
    if (type == null || stixId == null) {
      parser.report(Problem.Severity.ERROR, location, pointer(), stixId,
          "object must have the properties \"type\" and \"id\"; it is skipped");
      return null;
    }
    ObjectType objectType = ObjectType.fromStixType(type);
    if (objectType == ObjectType.OTHER) {
      parser.report(Problem.Severity.INFO, location, pointer() + "/type", stixId,
          "unknown object type \"" + type + "\": kept as an unknown object");
    }
    AttackObject object = switch (objectType) {
      case TECHNIQUE -> technique();
      case TACTIC -> Tactic.builder().shortName(text(Property.SHORTNAME).orElse(""))
          .common(common(type)).build();
      case MATRIX -> Matrix.builder().tacticRefs(texts(Property.TACTIC_REFS))
          .common(common(type)).build();
      case GROUP -> Group.builder().common(common(type)).build();
      case MALWARE, TOOL -> Software.builder().labels(texts(Property.LABELS))
          .common(common(type)).build();
      case CAMPAIGN -> campaign(type);
      case MITIGATION -> Mitigation.builder().common(common(type)).build();
      case DATA_SOURCE -> DataSource.builder()
          .collectionLayers(texts(Property.COLLECTION_LAYERS)).common(common(type)).build();
      case DATA_COMPONENT -> dataComponent(type);
      case DETECTION_STRATEGY -> DetectionStrategy.builder()
          .analyticRefs(texts(Property.ANALYTIC_REFS)).common(common(type)).build();
      case ANALYTIC -> analytic(type);
      case ASSET -> asset(type);
      case RELATIONSHIP -> relationship(type);
      case COLLECTION -> collection(type);
      case IDENTITY -> Identity.builder().identityClass(text(Property.IDENTITY_CLASS))
          .common(common(type)).build();
      case MARKING_DEFINITION -> MarkingDefinition.builder()
          .definitionType(text(Property.DEFINITION_TYPE))
          .definition(tree(Property.DEFINITION))
          .common(common(type)).build();
      case OTHER -> UnknownObject.builder().common(common(type)).build();
    };
    return object;
  }

  private Technique technique() {
    ImmutableTechnique.Builder technique = Technique.builder()
        .killChainPhases(entries(Property.KILL_CHAIN_PHASES, entry ->
            KillChainPhase.of(share(entry[0]), share(entry[1]))))
        .subTechnique(bool(Property.IS_SUBTECHNIQUE).orElse(false))
        .detection(text(Property.DETECTION))
        .dataSources(texts(Property.DATA_SOURCES))
        .permissionsRequired(texts(Property.PERMISSIONS_REQUIRED))
        .effectivePermissions(texts(Property.EFFECTIVE_PERMISSIONS))
        .defenseBypassed(texts(Property.DEFENSE_BYPASSED))
        .systemRequirements(texts(Property.SYSTEM_REQUIREMENTS))
        .remoteSupport(bool(Property.REMOTE_SUPPORT))
        .networkRequirements(bool(Property.NETWORK_REQUIREMENTS))
        .impactType(texts(Property.IMPACT_TYPE))
        .tacticType(texts(Property.TACTIC_TYPE));
    return technique.common(common("attack-pattern")).build();
  }

  private Campaign campaign(String type) {
    return Campaign.builder()
        .firstSeen(instant(Property.FIRST_SEEN))
        .lastSeen(instant(Property.LAST_SEEN))
        .firstSeenCitation(text(Property.FIRST_SEEN_CITATION))
        .lastSeenCitation(text(Property.LAST_SEEN_CITATION))
        .common(common(type))
        .build();
  }

  private DataComponent dataComponent(String type) {
    return DataComponent.builder()
        .dataSourceRef(text(Property.DATA_SOURCE_REF).filter(ref -> !ref.isEmpty())
            .map(this::share))
        .logSources(entries(Property.LOG_SOURCES, entry ->
            LogSource.of(share(entry[0]), share(entry[1]))))
        .common(common(type))
        .build();
  }

  private Analytic analytic(String type) {
    return Analytic.builder()
        .logSourceReferences(entries(Property.LOG_SOURCE_REFERENCES, entry ->
            LogSourceReference.of(share(entry[0]), share(entry[1]), share(entry[2]))))
        .mutableElements(entries(Property.MUTABLE_ELEMENTS, entry ->
            MutableElement.of(entry[0], entry[1])))
        .common(common(type))
        .build();
  }

  private Asset asset(String type) {
    return Asset.builder()
        .sectors(texts(Property.SECTORS))
        .relatedAssets(trees(Property.RELATED_ASSETS, entry -> RelatedAsset.builder()
            .name(field(entry, "name"))
            .description(optionalField(entry, "description"))
            .sectors(textsOf(entry.get("related_asset_sectors")))
            .build()))
        .common(common(type))
        .build();
  }

  private Relationship relationship(String type) {
    Optional<String> relationshipType = text(Property.RELATIONSHIP_TYPE);
    Optional<String> source = text(Property.SOURCE_REF);
    Optional<String> target = text(Property.TARGET_REF);
    if (relationshipType.isEmpty() || source.isEmpty() || target.isEmpty()) {
      parser.report(Problem.Severity.ERROR, location, pointer(), stixId,
          "relationship must have \"relationship_type\", \"source_ref\" and \"target_ref\"");
    }
    return Relationship.builder()
        .relationshipType(share(relationshipType.orElse("")))
        .sourceRef(share(source.orElse("")))
        .targetRef(share(target.orElse("")))
        .common(common(type))
        .build();
  }

  private Collection collection(String type) {
    return Collection.builder()
        .contents(entries(Property.CONTENTS, entry ->
            CollectionEntry.of(share(entry[0]), parser.instant(entry[1]))))
        .common(common(type))
        .build();
  }

  private CommonProperties common(String type) {
    ImmutableCommonProperties.Builder common = CommonProperties.builder()
        .stixId(share(stixId))
        .stixType(share(type));
    List<ExternalReference> references =
        entries(Property.EXTERNAL_REFERENCES, this::externalReference);
    common.externalReferences(references);
    for (ExternalReference reference : references) {
      if (ATTACK_SOURCES.contains(reference.sourceName()) && reference.externalId().isPresent()) {
        common.attackId(reference.externalId().get()).url(reference.url());
        break;
      }
    }
    text(Property.NAME).ifPresent(common::name);
    text(Property.DESCRIPTION).ifPresent(common::description);
    common.aliases(texts(Property.ALIASES));
    common.addAllAliases(texts(Property.SOFTWARE_ALIASES));
    common.platforms(texts(Property.PLATFORMS));
    common.domains(texts(Property.DOMAINS));
    text(Property.VERSION).map(this::share).ifPresent(common::version);
    common.created(instant(Property.CREATED)).modified(instant(Property.MODIFIED));
    bool(Property.REVOKED).ifPresent(common::revoked);
    bool(Property.DEPRECATED).ifPresent(common::deprecated);
    common.contributors(texts(Property.CONTRIBUTORS));
    common.createdByRef(text(Property.CREATED_BY_REF).map(this::share));
    common.modifiedByRef(text(Property.MODIFIED_BY_REF).map(this::share));
    common.objectMarkingRefs(texts(Property.MARKING_REFS));
    common.specVersion(text(Property.SPEC_VERSION).map(this::share));
    common.attackSpecVersion(text(Property.ATTACK_SPEC_VERSION).map(this::share));
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    fields.remainingInto(extra);
    extra.putAll(rejected);
    return common.extraProperties(extra).build();
  }

  private ExternalReference externalReference(String[] entry) {
    return parser.share(ExternalReference.builder()
        .sourceName(share(entry[0]))
        .description(Optional.ofNullable(entry[1]))
        .url(Optional.ofNullable(entry[2]))
        .externalId(Optional.ofNullable(entry[3]).map(this::share))
        .build());
  }

  /** Returns the JSON Pointer of the object in the bundle. */
  private String pointer() {
    return "/objects/" + index;
  }

  private String share(String value) {
    return parser.share(value);
  }

  private Optional<String> text(Property property) {
    Object value = fields.take(property);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String)) {
      return wrongType(property, value, "a string");
    }
    return Optional.of((String) value);
  }

  private Optional<Boolean> bool(Property property) {
    Object value = fields.take(property);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Boolean)) {
      return wrongType(property, value, "a boolean");
    }
    return Optional.of((Boolean) value);
  }

  private Optional<JsonNode> tree(Property property) {
    // Properties of the TREE kind are always read as trees, so the cast holds.
    return Optional.ofNullable((JsonNode) fields.take(property));
  }

  private Optional<Instant> instant(Property property) {
    Object value = fields.take(property);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String text) {
      try {
        return Optional.of(parser.instant(text));
      } catch (DateTimeParseException e) {
        return wrongType(property, value, "a timestamp such as 2024-01-31T12:00:00.000Z");
      }
    }
    return wrongType(property, value, "a timestamp string");
  }

  @SuppressWarnings("unchecked")
  private List<String> texts(Property property) {
    Object value = fields.take(property);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      wrongType(property, value, "an array of strings");
      return List.of();
    }
    List<String> texts = (List<String>) value;
    texts.replaceAll(this::share);
    return texts;
  }

  private List<String> textsOf(JsonNode array) {
    if (array == null || !array.isArray()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(array.size());
    array.forEach(element -> texts.add(share(element.asText())));
    return texts;
  }

  /**
   * Maps the entries of a property of the {@link Property.Kind#ENTRIES} kind, each from its
   * strings in the order of the property's entry keys (null for an absent optional key). An
   * entry that is not a flat object of strings with the required keys, or that the mapping
   * rejects, is reported, and the whole property is kept among the extra properties. Entries
   * with keys the model does not name are mapped without a report, and the property is also
   * kept as read.
   */
  @SuppressWarnings("unchecked")
  private <T> List<T> entries(Property property, Function<String[], T> mapping) {
    Object raw = fields.take(property);
    if (raw == null) {
      return List.of();
    }
    List<String[]> entries;
    if (raw instanceof List) {
      entries = (List<String[]>) raw;
    } else {
      JsonNode value = (JsonNode) raw;
      if (!value.isArray()) {
        wrongType(property, value, "an array");
        return List.of();
      }
      entries = new ArrayList<>(value.size());
      for (int i = 0; i < value.size(); i++) {
        try {
          entries.add(entryOf(property, value.get(i)));
        } catch (IllegalArgumentException e) {
          return unreadable(property, i, e, value);
        }
      }
      rejected.put(property.jsonName, value);
    }
    List<T> mapped = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      try {
        mapped.add(mapping.apply(entries.get(i)));
      } catch (RuntimeException e) {
        return unreadable(property, i, e, ObjectFields.toTree(property, raw));
      }
    }
    return mapped;
  }

  /**
   * Reads one entry from a tree by the property's entry keys.
   *
   * @throws IllegalArgumentException if it is not an object, a value is not a string, or a
   *     required key is missing
   */
  private static String[] entryOf(Property property, JsonNode entry) {
    if (entry.getNodeType() != JsonNodeType.OBJECT) {
      throw new IllegalArgumentException("entry must be an object");
    }
    String[] values = new String[property.entryKeys.length];
    for (int slot = 0; slot < values.length; slot++) {
      String key = property.entryKeys[slot];
      values[slot] = slot < property.requiredKeys ? field(entry, key)
          : optionalField(entry, key).orElse(null);
    }
    return values;
  }

  /**
   * Maps the entries of an array of objects of any shape. An entry the mapping rejects is
   * reported, and the whole property is kept among the extra properties.
   */
  private <T> List<T> trees(Property property, Function<JsonNode, T> mapping) {
    Object raw = fields.take(property);
    if (raw == null) {
      return List.of();
    }
    JsonNode value = (JsonNode) raw;
    if (!value.isArray()) {
      wrongType(property, value, "an array");
      return List.of();
    }
    List<T> entries = new ArrayList<>(value.size());
    Iterator<JsonNode> elements = value.elements();
    for (int i = 0; elements.hasNext(); i++) {
      JsonNode element = elements.next();
      try {
        if (element.getNodeType() != JsonNodeType.OBJECT) {
          throw new IllegalArgumentException("entry must be an object");
        }
        entries.add(mapping.apply(element));
      } catch (RuntimeException e) {
        return unreadable(property, i, e, value);
      }
    }
    return entries;
  }

  /**
   * Reports an unreadable entry, placed at the start of its array where the reader noted it, and
   * keeps the whole property as read.
   */
  private <T> List<T> unreadable(Property property, int entry, RuntimeException e,
      JsonNode value) {
    String name = property.jsonName;
    JsonLocation at = fields.rejectedAt(property, location);
    parser.report(Problem.Severity.ERROR, at, pointer() + "/" + name + "/" + entry, stixId,
        "unreadable entry of \"" + name + "\": " + e.getMessage()
            + "; the property is kept as read");
    rejected.put(name, value);
    return List.of();
  }

  private static String field(JsonNode entry, String name) {
    JsonNode value = entry.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return value.textValue();
  }

  private static Optional<String> optionalField(JsonNode entry, String name) {
    JsonNode value = entry.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return Optional.of(value.textValue());
  }

  private <T> Optional<T> wrongType(Property property, Object value, String expected) {
    JsonNode node = ObjectFields.toTree(property, value);
    JsonLocation at = fields.rejectedAt(property, location);
    parser.report(Problem.Severity.ERROR, at, pointer() + "/" + property.jsonName, stixId,
        "\"" + property.jsonName + "\" must be " + expected + ", not "
            + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + "; the value is kept as read");
    rejected.put(property.jsonName, node);
    return Optional.empty();
  }
}
