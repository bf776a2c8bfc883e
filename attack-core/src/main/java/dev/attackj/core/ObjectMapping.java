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
  private final String pointer;
  private final BundleParser parser;
  private final Map<String, JsonNode> rejected = new LinkedHashMap<>();
  private String stixId;

  ObjectMapping(ObjectFields fields, JsonLocation location, String pointer, BundleParser parser) {
    this.fields = fields;
    this.location = location;
    this.pointer = pointer;
    this.parser = parser;
  }

  /** The value, or null when the object lacks a type or id (which is reported). */
  AttackObject build() {
    String type = text(Property.TYPE).orElse(null);
    stixId = text(Property.ID).orElse(null);
    if (type == null || stixId == null) {
      parser.report(Problem.Severity.ERROR, location, pointer, stixId,
          "object must have the properties \"type\" and \"id\"; it is skipped");
      return null;
    }
    ObjectType objectType = ObjectType.fromStixType(type);
    if (objectType == ObjectType.OTHER) {
      parser.report(Problem.Severity.INFO, location, pointer + "/type", stixId,
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
        .killChainPhases(list(Property.KILL_CHAIN_PHASES, this::killChainPhase))
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
        .dataSourceRef(text(Property.DATA_SOURCE_REF).filter(ref -> !ref.isEmpty()))
        .logSources(list(Property.LOG_SOURCES, entry -> LogSource.of(
            share(field(entry, "name")), share(field(entry, "channel")))))
        .common(common(type))
        .build();
  }

  private Analytic analytic(String type) {
    return Analytic.builder()
        .logSourceReferences(list(Property.LOG_SOURCE_REFERENCES, entry ->
            LogSourceReference.of(share(field(entry, "x_mitre_data_component_ref")),
                share(field(entry, "name")), share(field(entry, "channel")))))
        .mutableElements(list(Property.MUTABLE_ELEMENTS, entry ->
            MutableElement.of(field(entry, "field"), field(entry, "description"))))
        .common(common(type))
        .build();
  }

  private Asset asset(String type) {
    return Asset.builder()
        .sectors(texts(Property.SECTORS))
        .relatedAssets(list(Property.RELATED_ASSETS, entry -> RelatedAsset.builder()
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
      parser.report(Problem.Severity.ERROR, location, pointer, stixId,
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
        .contents(list(Property.CONTENTS, entry -> CollectionEntry.of(
            share(field(entry, "object_ref")), parser.instant(field(entry, "object_modified")))))
        .common(common(type))
        .build();
  }

  private CommonProperties common(String type) {
    ImmutableCommonProperties.Builder common = CommonProperties.builder()
        .stixId(share(stixId))
        .stixType(share(type));
    List<ExternalReference> references =
        list(Property.EXTERNAL_REFERENCES, this::externalReference);
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

  private ExternalReference externalReference(JsonNode entry) {
    return parser.share(ExternalReference.builder()
        .sourceName(share(field(entry, "source_name")))
        .description(optionalField(entry, "description"))
        .url(optionalField(entry, "url"))
        .externalId(optionalField(entry, "external_id").map(this::share))
        .build());
  }

  private KillChainPhase killChainPhase(JsonNode entry) {
    return KillChainPhase.of(share(field(entry, "kill_chain_name")),
        share(field(entry, "phase_name")));
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
    return (List<String>) value;
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
   * The entries of an array of objects, each mapped; an entry the mapping rejects is reported and
   * the whole property is kept among the extra properties.
   */
  private <T> List<T> list(Property property, Function<JsonNode, T> mapping) {
    Object taken = fields.take(property);
    if (taken == null) {
      return List.of();
    }
    JsonNode value = (JsonNode) taken;
    String name = property.jsonName;
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
        parser.report(Problem.Severity.ERROR, location, pointer + "/" + name + "/" + i, stixId,
            "unreadable entry of \"" + name + "\": " + e.getMessage()
                + "; the property is kept as read");
        rejected.put(name, value);
        return List.of();
      }
    }
    return entries;
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
    JsonNode node = ObjectFields.toTree(value);
    JsonLocation at = fields.rejected.getOrDefault(property, location);
    parser.report(Problem.Severity.ERROR, at, pointer + "/" + property.jsonName, stixId,
        "\"" + property.jsonName + "\" must be " + expected + ", not "
            + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + "; the value is kept as read");
    rejected.put(property.jsonName, node);
    return Optional.empty();
  }
}
