package dev.attackj.core;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Arbitrary JSON text of any shape, for property tests of readers. */
public final class JsonArbitraries {

  private JsonArbitraries() {}

  /** JSON scalars, including awkward ones: huge numbers, escapes, markup and control text. */
  public static Arbitrary<String> scalars() {
    Arbitrary<String> strings = Arbitraries.strings().ofMaxLength(40)
        .map(JsonArbitraries::quote);
    Arbitrary<String> fixed = Arbitraries.of("null", "true", "false", "0", "-1", "1e999999",
        "-0.0", "12345678901234567890", "1.5e-300", "\"\"", "\"T1059.001\"",
        "\"<script>alert(1)</script>\"", "\"javascript:alert(1)\"", "\"../../etc/x\"",
        "\"\\u0000\\ud800\"", "\"=cmd|' /C calc'!A0\"", "\"attack-pattern--1\"");
    return Arbitraries.oneOf(strings, fixed, Arbitraries.integers().map(String::valueOf));
  }

  /** JSON values nested up to {@code depth} levels. */
  public static Arbitrary<String> values(int depth) {
    if (depth <= 0) {
      return scalars();
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> values(depth - 1));
    Arbitrary<String> arrays = inner.list().ofMaxSize(4)
        .map(items -> items.stream().collect(Collectors.joining(", ", "[", "]")));
    Arbitrary<String> objects = Arbitraries.maps(keys(), inner).ofMaxSize(4)
        .map(map -> map.entrySet().stream()
            .map(entry -> quote(entry.getKey()) + ": " + entry.getValue())
            .collect(Collectors.joining(", ", "{", "}")));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, scalars()), net.jqwik.api.Tuple.of(1, arrays),
        net.jqwik.api.Tuple.of(1, objects));
  }

  /** Property names: those of STIX and layers, and arbitrary ones. */
  public static Arbitrary<String> keys() {
    List<String> known = List.of("type", "id", "name", "description", "objects", "created",
        "modified", "external_references", "source_name", "external_id", "url",
        "kill_chain_phases", "phase_name", "relationship_type", "source_ref", "target_ref",
        "revoked", "x_mitre_deprecated", "aliases", "techniques", "techniqueID", "tactic",
        "score", "color", "comment", "enabled", "metadata", "links", "gradient", "colors",
        "minValue", "maxValue", "legendItems", "versions", "layer", "domain", "layout",
        "filters", "platforms", "sorting", "divider", "label", "value");
    return Arbitraries.oneOf(Arbitraries.of(known), Arbitraries.strings().ofMaxLength(12));
  }

  /** A JSON string literal of the text. */
  public static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
