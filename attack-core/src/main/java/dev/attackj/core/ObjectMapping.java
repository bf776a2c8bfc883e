package dev.attackj.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Turns the tree of one STIX object into its value. Each property the model names is taken out of
 * the tree as it is read; what remains becomes the object's extra properties, so nothing is lost.
 * A property of the wrong type is reported and kept among the extra properties.
 */
final class ObjectMapping {

  private static final Set<String> ATTACK_SOURCES =
      Set.of("mitre-attack", "mitre-mobile-attack", "mitre-ics-attack", "mitre-pre-attack");

  private final ObjectNode node;
  private final JsonLocation location;
  private final String pointer;
  private final BundleParser parser;
  private final Map<String, JsonNode> rejected = new LinkedHashMap<>();
  private String stixId;

  ObjectMapping(ObjectNode node, JsonLocation location, String pointer, BundleParser parser) {
    this.node = node;
    this.location = location;
    this.pointer = pointer;
    this.parser = parser;
  }

  /** The value, or null when the object lacks a type or id (which is reported). */
  AttackObject build() {
    String type = text("type").orElse(null);
    stixId = text("id").orElse(null);
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
      case TACTIC -> Tactic.builder().shortName(text("x_mitre_shortname").orElse(""))
          .common(common(type)).build();
      case MATRIX -> Matrix.builder().tacticRefs(texts("tactic_refs")).common(common(type)).build();
      case GROUP -> Group.builder().common(common(type)).build();
      case MALWARE, TOOL -> Software.builder().labels(texts("labels")).common(common(type)).build();
      case CAMPAIGN -> campaign(type);
      case MITIGATION -> Mitigation.builder().common(common(type)).build();
      case DATA_SOURCE -> DataSource.builder()
          .collectionLayers(texts("x_mitre_collection_layers")).common(common(type)).build();
      case DATA_COMPONENT -> dataComponent(type);
      case DETECTION_STRATEGY -> DetectionStrategy.builder()
          .analyticRefs(texts("x_mitre_analytic_refs")).common(common(type)).build();
      case ANALYTIC -> analytic(type);
      case ASSET -> asset(type);
      case RELATIONSHIP -> relationship(type);
      case COLLECTION -> collection(type);
      case IDENTITY -> Identity.builder().identityClass(text("identity_class"))
          .common(common(type)).build();
      case MARKING_DEFINITION -> MarkingDefinition.builder()
          .definitionType(text("definition_type"))
          .definition(Optional.ofNullable(node.remove("definition")))
          .common(common(type)).build();
      case OTHER -> UnknownObject.builder().common(common(type)).build();
    };
    return object;
  }

  private Technique technique() {
    ImmutableTechnique.Builder technique = Technique.builder()
        .killChainPhases(list("kill_chain_phases", this::killChainPhase))
        .subtechnique(bool("x_mitre_is_subtechnique").orElse(false))
        .detection(text("x_mitre_detection"))
        .dataSources(texts("x_mitre_data_sources"))
        .permissionsRequired(texts("x_mitre_permissions_required"))
        .effectivePermissions(texts("x_mitre_effective_permissions"))
        .defenseBypassed(texts("x_mitre_defense_bypassed"))
        .systemRequirements(texts("x_mitre_system_requirements"))
        .remoteSupport(bool("x_mitre_remote_support"))
        .networkRequirements(bool("x_mitre_network_requirements"))
        .impactType(texts("x_mitre_impact_type"))
        .tacticType(texts("x_mitre_tactic_type"));
    return technique.common(common("attack-pattern")).build();
  }

  private Campaign campaign(String type) {
    return Campaign.builder()
        .firstSeen(instant("first_seen"))
        .lastSeen(instant("last_seen"))
        .firstSeenCitation(text("x_mitre_first_seen_citation"))
        .lastSeenCitation(text("x_mitre_last_seen_citation"))
        .common(common(type))
        .build();
  }

  private DataComponent dataComponent(String type) {
    return DataComponent.builder()
        .dataSourceRef(text("x_mitre_data_source_ref").filter(ref -> !ref.isEmpty()))
        .logSources(list("x_mitre_log_sources", entry -> LogSource.of(
            share(field(entry, "name")), share(field(entry, "channel")))))
        .common(common(type))
        .build();
  }

  private Analytic analytic(String type) {
    return Analytic.builder()
        .logSourceReferences(list("x_mitre_log_source_references", entry ->
            LogSourceReference.of(share(field(entry, "x_mitre_data_component_ref")),
                share(field(entry, "name")), share(field(entry, "channel")))))
        .mutableElements(list("x_mitre_mutable_elements", entry ->
            MutableElement.of(field(entry, "field"), field(entry, "description"))))
        .common(common(type))
        .build();
  }

  private Asset asset(String type) {
    return Asset.builder()
        .sectors(texts("x_mitre_sectors"))
        .relatedAssets(list("x_mitre_related_assets", entry -> RelatedAsset.builder()
            .name(field(entry, "name"))
            .description(Optional.ofNullable(entry.get("description")).map(JsonNode::asText))
            .sectors(textsOf(entry.get("related_asset_sectors")))
            .build()))
        .common(common(type))
        .build();
  }

  private Relationship relationship(String type) {
    Optional<String> relationshipType = text("relationship_type");
    Optional<String> source = text("source_ref");
    Optional<String> target = text("target_ref");
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
        .contents(list("x_mitre_contents", entry -> CollectionEntry.of(
            share(field(entry, "object_ref")), Instant.parse(field(entry, "object_modified")))))
        .common(common(type))
        .build();
  }

  private CommonProperties common(String type) {
    ImmutableCommonProperties.Builder common = CommonProperties.builder()
        .stixId(share(stixId))
        .stixType(share(type));
    List<ExternalReference> references = list("external_references", this::externalReference);
    common.externalReferences(references);
    for (ExternalReference reference : references) {
      if (ATTACK_SOURCES.contains(reference.sourceName()) && reference.externalId().isPresent()) {
        common.attackId(reference.externalId().get()).url(reference.url());
        break;
      }
    }
    text("name").ifPresent(common::name);
    text("description").ifPresent(common::description);
    common.aliases(texts("aliases"));
    common.addAllAliases(texts("x_mitre_aliases"));
    common.platforms(texts("x_mitre_platforms"));
    common.domains(texts("x_mitre_domains"));
    text("x_mitre_version").map(this::share).ifPresent(common::version);
    common.created(instant("created")).modified(instant("modified"));
    bool("revoked").ifPresent(common::revoked);
    bool("x_mitre_deprecated").ifPresent(common::deprecated);
    common.contributors(texts("x_mitre_contributors"));
    common.createdByRef(text("created_by_ref").map(this::share));
    common.modifiedByRef(text("x_mitre_modified_by_ref").map(this::share));
    common.objectMarkingRefs(texts("object_marking_refs"));
    common.specVersion(text("spec_version").map(this::share));
    common.attackSpecVersion(text("x_mitre_attack_spec_version").map(this::share));
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> extra.put(entry.getKey(), entry.getValue()));
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

  private Optional<String> text(String name) {
    JsonNode value = node.remove(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      return wrongType(name, value, "a string");
    }
    return Optional.of(value.textValue());
  }

  private Optional<Boolean> bool(String name) {
    JsonNode value = node.remove(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      return wrongType(name, value, "a boolean");
    }
    return Optional.of(value.booleanValue());
  }

  private Optional<Instant> instant(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.instant(text.get()));
    } catch (DateTimeParseException e) {
      return wrongType(name, node.textNode(text.get()), "a timestamp such as 2024-01-31T12:00:00.000Z");
    }
  }

  private List<String> texts(String name) {
    JsonNode value = node.remove(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray() || !allTextual(value)) {
      wrongType(name, value, "an array of strings");
      return List.of();
    }
    return textsOf(value);
  }

  private List<String> textsOf(JsonNode array) {
    if (array == null || !array.isArray()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(array.size());
    array.forEach(element -> texts.add(share(element.asText())));
    return texts;
  }

  private static boolean allTextual(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The entries of an array of objects, each mapped; an entry the mapping rejects is reported and
   * the whole property is kept among the extra properties.
   */
  private <T> List<T> list(String name, Function<JsonNode, T> mapping) {
    JsonNode value = node.remove(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      wrongType(name, value, "an array");
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

  private <T> Optional<T> wrongType(String name, JsonNode value, String expected) {
    parser.report(Problem.Severity.ERROR, location, pointer + "/" + name, stixId,
        "\"" + name + "\" must be " + expected + ", not " + value.getNodeType().name()
            .toLowerCase(java.util.Locale.ROOT) + "; the value is kept as read");
    rejected.put(name, value);
    return Optional.empty();
  }
}
