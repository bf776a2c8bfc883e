package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Upgrades a layer object of any format the Navigator reads (1.0 to 4.5) to format 4.5 in place,
 * noting each change it makes. The changes follow what the Navigator does when it opens an old
 * layer: the {@code version} property becomes {@code versions.layer}, the domains
 * {@code mitre-enterprise} and {@code mitre-mobile} get their current names, {@code viewMode}
 * and {@code viewFullTable} become a layout, the PRE-ATT&CK {@code stages} filter is dropped and
 * old platform names are mapped to current ones.
 */
final class LayerUpgrader {

  private static final Map<String, String> DOMAINS = Map.of(
      "mitre-enterprise", "enterprise-attack",
      "mitre-mobile", "mobile-attack");

  private static final Map<String, String> PLATFORMS = Map.of(
      "android", "Android",
      "ios", "iOS",
      "windows", "Windows",
      "linux", "Linux",
      "mac", "macOS",
      "AWS", "IaaS",
      "GCP", "IaaS",
      "Azure", "IaaS");

  private LayerUpgrader() {}

  static void upgrade(ObjectNode layer, String pointer, ReadContext context) {
    upgradeVersions(layer, pointer, context);
    upgradeDomain(layer, pointer, context);
    upgradeViewMode(layer, pointer, context);
    upgradeFilters(layer, pointer, context);
    upgradeLayout(layer, pointer, context);
    upgradeTechniques(layer, pointer, context);
  }

  private static void upgradeVersions(ObjectNode layer, String pointer, ReadContext context) {
    JsonNode versionsNode = layer.get("versions");
    ObjectNode versions = versionsNode instanceof ObjectNode
        ? (ObjectNode) versionsNode : layer.objectNode();
    String format = null;
    if (versions.get("layer") != null && versions.get("layer").isValueNode()) {
      format = versions.get("layer").asText();
    }
    JsonNode oldVersion = layer.remove("version");
    if (oldVersion != null) {
      format = oldVersion.asText();
      context.note(pointer + "/version", null, "moved layer format version \"" + format
          + "\" from \"version\" to \"versions.layer\"");
    }
    if (format == null) {
      context.note(pointer, null, "layer names no format version and is read as format "
          + Versions.LAYER_FORMAT);
    } else if (!format.equals(Versions.LAYER_FORMAT)) {
      context.note(pointer, null, "upgraded layer format " + format + " to "
          + Versions.LAYER_FORMAT);
    }
    versions.put("layer", Versions.LAYER_FORMAT);

    JsonNode navigator = versions.get("navigator");
    if (navigator == null || !navigator.isTextual()
        || compareVersions(navigator.asText(), "4.9.0") < 0) {
      String old = navigator == null ? "none" : "\"" + navigator.asText() + "\"";
      context.note(pointer + "/versions/navigator", null, "set Navigator version " + old
          + " to \"" + Versions.NAVIGATOR + "\", the format 4.5 requires 4.9.0 or later");
      versions.put("navigator", Versions.NAVIGATOR);
    }
    if (versionsNode != null && !(versionsNode instanceof ObjectNode)) {
      context.warn(pointer + "/versions", null, "versions must be an object and was replaced");
    }
    layer.set("versions", versions);
  }

  private static void upgradeDomain(ObjectNode layer, String pointer, ReadContext context) {
    JsonNode domain = layer.get("domain");
    if (domain != null && domain.isTextual() && DOMAINS.containsKey(domain.asText())) {
      String current = DOMAINS.get(domain.asText());
      context.note(pointer + "/domain", null,
          "renamed domain \"" + domain.asText() + "\" to \"" + current + "\"");
      layer.put("domain", current);
    }
  }

  private static void upgradeViewMode(ObjectNode layer, String pointer, ReadContext context) {
    JsonNode viewMode = layer.remove("viewMode");
    JsonNode viewFullTable = layer.remove("viewFullTable");
    int mode = 0;
    String property = null;
    if (viewMode != null) {
      property = "viewMode";
      if (viewMode.isInt() && viewMode.asInt() >= 0 && viewMode.asInt() <= 2) {
        mode = viewMode.asInt();
      } else {
        context.warn(pointer + "/viewMode", null,
            "viewMode must be 0, 1 or 2 and was " + viewMode + "; the default layout is used");
      }
    } else if (viewFullTable != null) {
      property = "viewFullTable";
      mode = viewFullTable.isBoolean() && !viewFullTable.asBoolean() ? 1 : 0;
    }
    if (property == null) {
      return;
    }
    if (layer.has("layout")) {
      context.note(pointer + "/" + property, null,
          "removed \"" + property + "\" because the layer has a layout");
      return;
    }
    ObjectNode layout = layer.putObject("layout");
    if (mode == 1) {
      layout.put("layout", "side").put("showID", true).put("showName", false);
    } else if (mode == 2) {
      layout.put("layout", "mini").put("showID", false).put("showName", false);
    }
    String[] names = {"side layout with names", "side layout with IDs", "mini layout"};
    context.note(pointer + "/" + property, null,
        "replaced \"" + property + "\" with a layout: " + names[mode]);
  }

  private static void upgradeFilters(ObjectNode layer, String pointer, ReadContext context) {
    if (!(layer.get("filters") instanceof ObjectNode)) {
      return;
    }
    ObjectNode filters = (ObjectNode) layer.get("filters");
    if (filters.remove("stages") != null) {
      context.note(pointer + "/filters/stages", null,
          "removed the \"stages\" filter, since PRE-ATT&CK is part of enterprise-attack");
    }
    if (!(filters.get("platforms") instanceof ArrayNode)) {
      return;
    }
    ArrayNode platforms = (ArrayNode) filters.get("platforms");
    Set<String> mapped = new LinkedHashSet<>();
    ArrayNode result = filters.arrayNode();
    boolean changed = false;
    for (int i = 0; i < platforms.size(); i++) {
      if (!platforms.get(i).isTextual()) {
        // Copied unchanged, so that the decoder reports it.
        result.add(platforms.get(i));
        continue;
      }
      String platform = platforms.get(i).asText();
      String current = PLATFORMS.getOrDefault(platform, platform);
      if (!current.equals(platform)) {
        context.note(pointer + "/filters/platforms/" + i, null,
            "renamed platform \"" + platform + "\" to \"" + current + "\"");
        changed = true;
      }
      if (mapped.add(current)) {
        result.add(current);
      } else {
        changed = true;
      }
    }
    if (changed) {
      filters.set("platforms", result);
    }
  }

  private static void upgradeLayout(ObjectNode layer, String pointer, ReadContext context) {
    if (!(layer.get("layout") instanceof ObjectNode)) {
      return;
    }
    ObjectNode layout = (ObjectNode) layer.get("layout");
    JsonNode expanded = layout.get("expandedSubtechniques");
    if (expanded != null && expanded.isBoolean()) {
      String value = expanded.asBoolean() ? "all" : "none";
      layout.put("expandedSubtechniques", value);
      context.note(pointer + "/layout/expandedSubtechniques", null,
          "replaced expandedSubtechniques " + expanded + " with \"" + value + "\"");
    }
  }

  private static void upgradeTechniques(ObjectNode layer, String pointer, ReadContext context) {
    if (!(layer.get("techniques") instanceof ArrayNode)) {
      return;
    }
    ArrayNode techniques = (ArrayNode) layer.get("techniques");
    for (int i = 0; i < techniques.size(); i++) {
      if (!(techniques.get(i) instanceof ObjectNode)) {
        continue;
      }
      ObjectNode technique = (ObjectNode) techniques.get(i);
      JsonNode tactic = technique.get("tactic");
      if (tactic != null && tactic.isTextual() && tactic.asText().isEmpty()) {
        technique.remove("tactic");
        context.note(pointer + "/techniques/" + i + "/tactic",
            technique.path("techniqueID").asText(null),
            "removed an empty tactic, so the entry applies to every tactic of the technique");
      }
    }
  }

  /** Compares dotted version numbers such as {@code 4.9.0} and {@code 4.10}. */
  static int compareVersions(String left, String right) {
    String[] a = left.split("\\.");
    String[] b = right.split("\\.");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? leadingNumber(a[i]) : 0;
      int y = i < b.length ? leadingNumber(b[i]) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  private static int leadingNumber(String part) {
    int end = 0;
    while (end < part.length() && end < 9 && Character.isDigit(part.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(part.substring(0, end));
  }
}
