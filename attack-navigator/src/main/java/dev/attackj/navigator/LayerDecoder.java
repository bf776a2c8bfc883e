package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps an upgraded layer object to a {@link Layer}. A value of the wrong type is reported and
 * replaced by its default, because the Navigator ignores it. An entry that lacks a required
 * property is reported and skipped.
 */
final class LayerDecoder {

  private static final Set<String> LAYER_FIELDS = Set.of("name", "versions", "domain",
      "customDataURL", "description", "filters", "sorting", "layout", "hideDisabled",
      "techniques", "gradient", "legendItems", "metadata", "links", "showTacticRowBackground",
      "tacticRowBackground", "selectTechniquesAcrossTactics", "selectSubtechniquesWithParent",
      "selectVisibleTechniques");
  private static final Set<String> TECHNIQUE_FIELDS = Set.of("techniqueID", "tactic", "score",
      "color", "comment", "enabled", "metadata", "links", "showSubtechniques");
  private static final Set<String> LAYOUT_FIELDS = Set.of("layout", "aggregateFunction",
      "showID", "showName", "showAggregateScores", "countUnscored", "expandedSubtechniques");
  private static final Set<String> VERSIONS_FIELDS = Set.of("attack", "navigator", "layer");
  private static final Set<String> FILTERS_FIELDS = Set.of("platforms");
  private static final Set<String> GRADIENT_FIELDS = Set.of("colors", "minValue", "maxValue");
  private static final Set<String> LEGEND_FIELDS = Set.of("label", "color");
  private static final Set<String> DIVIDER_FIELDS = Set.of("divider");
  private static final Set<String> METADATA_FIELDS = Set.of("name", "value");
  private static final Set<String> LINK_FIELDS = Set.of("label", "url");

  private final ReadContext context;
  private final List<Integer> techniqueIndexes = new ArrayList<>();

  LayerDecoder(ReadContext context) {
    this.context = context;
  }

  /** The index in the file of each technique entry of the decoded layer. */
  List<Integer> techniqueIndexes() {
    return techniqueIndexes;
  }

  Layer decode(ObjectNode node, String pointer) {
    ImmutableLayer.Builder layer = Layer.builder();
    decodeIdentity(node, pointer, layer);
    decodeView(node, pointer, layer);
    decodeTechniques(node, pointer, layer);
    decodeLegend(node, pointer, layer);
    layer.metadata(metadata(node, pointer, null));
    layer.links(links(node, pointer, null));
    decodeSelection(node, pointer, layer);
    layer.extraFields(extras(node, LAYER_FIELDS));
    return layer.build();
  }

  /** Decodes the name, domain, versions, custom data URL and description. */
  private void decodeIdentity(ObjectNode node, String pointer, ImmutableLayer.Builder layer) {
    layer.name(requiredText(node, pointer, "name", ""));
    layer.domain(requiredText(node, pointer, "domain", "enterprise-attack"));
    layer.versions(versions((ObjectNode) node.get("versions"), pointer + "/versions"));
    optionalText(node, pointer, "customDataURL").ifPresent(layer::customDataUrl);
    optionalText(node, pointer, "description").ifPresent(layer::description);
  }

  /** Decodes what the matrix shows and how: filters, sorting, layout and hiding. */
  private void decodeView(ObjectNode node, String pointer, ImmutableLayer.Builder layer) {
    object(node, pointer, "filters").ifPresent(filters -> layer.filters(
        filters(filters, pointer + "/filters")));
    number(node, pointer, "sorting", null).ifPresent(code -> {
      Optional<Sorting> sorting = sorting(code);
      if (sorting.isPresent()) {
        layer.sorting(sorting.get());
      } else {
        context.warn(pointer + "/sorting", null,
            "sorting must be 0, 1, 2 or 3 and was " + code + "; 0 is used");
      }
    });
    object(node, pointer, "layout").ifPresent(layout -> layer.layout(
        layout(layout, pointer + "/layout")));
    bool(node, pointer, "hideDisabled", null).ifPresent(layer::hideDisabled);
  }

  private void decodeTechniques(ObjectNode node, String pointer, ImmutableLayer.Builder layer) {
    array(node, pointer, "techniques").ifPresent(techniques -> {
      for (int i = 0; i < techniques.size(); i++) {
        Optional<TechniqueEntry> entry = technique(techniques.get(i), pointer + "/techniques/" + i);
        if (entry.isPresent()) {
          layer.addTechnique(entry.get());
          techniqueIndexes.add(i);
        }
      }
    });
  }

  /** Decodes the gradient and the legend items. */
  private void decodeLegend(ObjectNode node, String pointer, ImmutableLayer.Builder layer) {
    object(node, pointer, "gradient").flatMap(gradient -> gradient(gradient,
        pointer + "/gradient")).ifPresent(layer::gradient);
    array(node, pointer, "legendItems").ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        legendItem(items.get(i), pointer + "/legendItems/" + i).ifPresent(layer::addLegendItem);
      }
    });
  }

  /** Decodes the tactic row background and the selection behaviour. */
  private void decodeSelection(ObjectNode node, String pointer, ImmutableLayer.Builder layer) {
    bool(node, pointer, "showTacticRowBackground", null)
        .ifPresent(layer::showTacticRowBackground);
    optionalText(node, pointer, "tacticRowBackground").ifPresent(layer::tacticRowBackground);
    bool(node, pointer, "selectTechniquesAcrossTactics", null)
        .ifPresent(layer::selectTechniquesAcrossTactics);
    bool(node, pointer, "selectSubtechniquesWithParent", null)
        .ifPresent(layer::selectSubtechniquesWithParent);
    bool(node, pointer, "selectVisibleTechniques", null)
        .ifPresent(layer::selectVisibleTechniques);
  }

  /** Returns the sorting of a code that is exactly 0, 1, 2 or 3, such as {@code 2.0}. */
  private static Optional<Sorting> sorting(BigDecimal code) {
    boolean inRange = code.compareTo(BigDecimal.ZERO) >= 0
        && code.compareTo(BigDecimal.valueOf(3)) <= 0;
    if (!inRange || code.stripTrailingZeros().scale() > 0) {
      return Optional.empty();
    }
    return Sorting.fromCode(code.intValueExact());
  }

  private Versions versions(ObjectNode node, String pointer) {
    ImmutableVersions.Builder versions = Versions.builder();
    JsonNode attack = node.get("attack");
    if (attack != null && !attack.isNull()) {
      if (attack.isTextual() || attack.isNumber()) {
        versions.attack(attack.asText());
      } else {
        context.warn(pointer + "/attack", null, "attack version must be a string and was "
            + attack + "; the current release is assumed");
      }
    }
    versions.navigator(node.get("navigator").asText());
    versions.layer(node.get("layer").asText());
    versions.extraFields(extras(node, VERSIONS_FIELDS));
    return versions.build();
  }

  private Filters filters(ObjectNode node, String pointer) {
    ImmutableFilters.Builder filters = Filters.builder();
    array(node, pointer, "platforms").ifPresent(platforms -> {
      for (int i = 0; i < platforms.size(); i++) {
        if (platforms.get(i).isTextual()) {
          filters.addPlatform(platforms.get(i).asText());
        } else {
          context.warn(pointer + "/platforms/" + i, null,
              "platform must be a string and was " + platforms.get(i) + "; it is ignored");
        }
      }
    });
    filters.extraFields(extras(node, FILTERS_FIELDS));
    return filters.build();
  }

  private Layout layout(ObjectNode node, String pointer) {
    ImmutableLayout.Builder layout = Layout.builder();
    enumValue(node, pointer, "layout", MatrixLayout::fromJson, "side, flat or mini")
        .ifPresent(layout::layout);
    enumValue(node, pointer, "aggregateFunction", AggregateFunction::fromJson,
        "average, min, max or sum").ifPresent(layout::aggregateFunction);
    bool(node, pointer, "showID", null).ifPresent(layout::showId);
    bool(node, pointer, "showName", null).ifPresent(layout::showName);
    bool(node, pointer, "showAggregateScores", null).ifPresent(layout::showAggregateScores);
    bool(node, pointer, "countUnscored", null).ifPresent(layout::countUnscored);
    enumValue(node, pointer, "expandedSubtechniques", SubtechniqueExpansion::fromJson,
        "none, annotated or all").ifPresent(layout::expandedSubtechniques);
    layout.extraFields(extras(node, LAYOUT_FIELDS));
    return layout.build();
  }

  private Optional<TechniqueEntry> technique(JsonNode value, String pointer) {
    if (!(value instanceof ObjectNode)) {
      context.error(pointer, null, "technique entry must be an object and was " + value
          + "; it is skipped");
      return Optional.empty();
    }
    ObjectNode node = (ObjectNode) value;
    JsonNode idNode = node.get("techniqueID");
    if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
      context.error(pointer + "/techniqueID", null,
          "technique entry has no techniqueID; it is skipped");
      return Optional.empty();
    }
    String id = idNode.asText();
    ImmutableTechniqueEntry.Builder entry = TechniqueEntry.builder().techniqueId(id);
    optionalText(node, pointer, "tactic", id).ifPresent(entry::tactic);
    JsonNode score = node.get("score");
    if (score != null && !score.isNull()) {
      if (score.isNumber()) {
        entry.score(Decimals.normalize(score.decimalValue()));
      } else {
        context.warn(pointer + "/score", id, "score must be a number and was " + score
            + "; the technique is read as unscored");
      }
    }
    optionalText(node, pointer, "color", id).ifPresent(entry::color);
    optionalText(node, pointer, "comment", id).ifPresent(entry::comment);
    bool(node, pointer, "enabled", id).ifPresent(entry::enabled);
    entry.metadata(metadata(node, pointer, id));
    entry.links(links(node, pointer, id));
    bool(node, pointer, "showSubtechniques", id).ifPresent(entry::showSubtechniques);
    entry.extraFields(extras(node, TECHNIQUE_FIELDS));
    return Optional.of(entry.build());
  }

  private Optional<Gradient> gradient(ObjectNode node, String pointer) {
    List<String> colors = new ArrayList<>();
    array(node, pointer, "colors").ifPresent(array -> {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          colors.add(array.get(i).asText());
        } else {
          context.warn(pointer + "/colors/" + i, null,
              "gradient color must be a string and was " + array.get(i) + "; it is ignored");
        }
      }
    });
    Optional<BigDecimal> min = number(node, pointer, "minValue", null);
    Optional<BigDecimal> max = number(node, pointer, "maxValue", null);
    if (colors.isEmpty() || min.isEmpty() || max.isEmpty()) {
      context.warn(pointer, null,
          "gradient needs colors, minValue and maxValue; the default gradient is used");
      return Optional.empty();
    }
    return Optional.of(ImmutableGradient.builder().colors(colors).minValue(min.get())
        .maxValue(max.get()).extraFields(extras(node, GRADIENT_FIELDS)).build());
  }

  private Optional<LegendItem> legendItem(JsonNode value, String pointer) {
    if (!(value instanceof ObjectNode) || !value.path("label").isTextual()
        || !value.path("color").isTextual()) {
      context.warn(pointer, null,
          "legend item needs a string label and a string color; it is skipped");
      return Optional.empty();
    }
    return Optional.of(ImmutableLegendItem.builder().label(value.get("label").asText())
        .color(value.get("color").asText())
        .extraFields(extras((ObjectNode) value, LEGEND_FIELDS)).build());
  }

  private List<Metadata> metadata(ObjectNode node, String pointer, String objectId) {
    List<Metadata> result = new ArrayList<>();
    array(node, pointer, "metadata").ifPresent(array -> {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (item.path("divider").asBoolean(false)) {
          result.add(ImmutableMetadata.builder().divider(true)
              .extraFields(extras((ObjectNode) item, DIVIDER_FIELDS)).build());
        } else if (item.path("name").isTextual() && item.path("value").isTextual()) {
          result.add(ImmutableMetadata.builder().name(item.get("name").asText())
              .value(item.get("value").asText())
              .extraFields(extras((ObjectNode) item, METADATA_FIELDS)).build());
        } else {
          context.warn(pointer + "/metadata/" + i, objectId,
              "metadata needs a string name and value, or \"divider\": true; it is skipped");
        }
      }
    });
    return result;
  }

  private List<Link> links(ObjectNode node, String pointer, String objectId) {
    List<Link> result = new ArrayList<>();
    array(node, pointer, "links").ifPresent(array -> {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (item.path("divider").asBoolean(false)) {
          result.add(ImmutableLink.builder().divider(true)
              .extraFields(extras((ObjectNode) item, DIVIDER_FIELDS)).build());
        } else if (item.path("label").isTextual() && item.path("url").isTextual()) {
          result.add(ImmutableLink.builder().label(item.get("label").asText())
              .url(item.get("url").asText())
              .extraFields(extras((ObjectNode) item, LINK_FIELDS)).build());
        } else {
          context.warn(pointer + "/links/" + i, objectId,
              "link needs a string label and url, or \"divider\": true; it is skipped");
        }
      }
    });
    return result;
  }

  private String requiredText(ObjectNode node, String pointer, String field, String fallback) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      context.error(pointer + "/" + field, null, "layer " + field + " must be a string and was "
          + (value == null ? "missing" : value.toString()) + "; \"" + fallback + "\" is used");
      return fallback;
    }
    return value.asText();
  }

  private Optional<String> optionalText(ObjectNode node, String pointer, String field) {
    return optionalText(node, pointer, field, null);
  }

  private Optional<String> optionalText(
      ObjectNode node, String pointer, String field, String objectId) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      context.warn(pointer + "/" + field, objectId, field + " must be a string and was "
          + value + "; it is ignored");
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  private Optional<Boolean> bool(ObjectNode node, String pointer, String field, String objectId) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      context.warn(pointer + "/" + field, objectId, field + " must be true or false and was "
          + value + "; it is ignored");
      return Optional.empty();
    }
    return Optional.of(value.asBoolean());
  }

  private Optional<BigDecimal> number(
      ObjectNode node, String pointer, String field, String objectId) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      context.warn(pointer + "/" + field, objectId, field + " must be a number and was "
          + value + "; it is ignored");
      return Optional.empty();
    }
    return Optional.of(Decimals.normalize(value.decimalValue()));
  }

  private <E> Optional<E> enumValue(ObjectNode node, String pointer, String field,
      Function<String, Optional<E>> parser, String allowed) {
    Optional<String> text = optionalText(node, pointer, field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> value = parser.apply(text.get());
    if (value.isEmpty()) {
      context.warn(pointer + "/" + field, null, field + " must be " + allowed + " and was \""
          + text.get() + "\"; the default is used");
    }
    return value;
  }

  private Optional<ObjectNode> object(ObjectNode node, String pointer, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      context.warn(pointer + "/" + field, null, field + " must be an object and was " + value
          + "; the default is used");
      return Optional.empty();
    }
    return Optional.of((ObjectNode) value);
  }

  private Optional<com.fasterxml.jackson.databind.node.ArrayNode> array(
      ObjectNode node, String pointer, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isArray()) {
      context.warn(pointer + "/" + field, null, field + " must be an array and was " + value
          + "; it is ignored");
      return Optional.empty();
    }
    return Optional.of((com.fasterxml.jackson.databind.node.ArrayNode) value);
  }

  private static Map<String, JsonNode> extras(ObjectNode node, Set<String> known) {
    Map<String, JsonNode> extras = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        extras.put(field.getKey(), field.getValue());
      }
    }
    return extras;
  }
}
