package dev.attackj.core.diff;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written bundles for tests. */
final class Bundles {

  private final List<String> objects = new ArrayList<>();

  static Bundles create() {
    return new Bundles();
  }

  /** Adds a technique; {@code extra} is more JSON members, such as {@code "revoked": true}. */
  Bundles technique(String uuid, String attackId, String name, String version, String tactic,
      String extra) {
    objects.add("""
        {"type": "attack-pattern", "id": "attack-pattern--%s", "name": "%s",
         "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.000Z",
         "x_mitre_version": "%s", "x_mitre_is_subtechnique": %s,
         "x_mitre_domains": ["enterprise-attack"],
         "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "%s"}],
         "external_references": [{"source_name": "mitre-attack", "external_id": "%s"}]%s}
        """.formatted(uuid, name, version, attackId.contains("."), tactic, attackId,
        extra.isEmpty() ? "" : ", " + extra));
    return this;
  }

  /** Adds a tactic of a domain. */
  Bundles tactic(String uuid, String attackId, String shortName, String domain) {
    objects.add("""
        {"type": "x-mitre-tactic", "id": "x-mitre-tactic--%s", "name": "%s",
         "x_mitre_shortname": "%s", "x_mitre_domains": ["%s"],
         "external_references": [{"source_name": "mitre-attack", "external_id": "%s"}]}
        """.formatted(uuid, shortName, shortName, domain, attackId));
    return this;
  }

  /** Adds a relationship between two STIX ids. */
  Bundles relationship(String uuid, String type, String source, String target) {
    objects.add("""
        {"type": "relationship", "id": "relationship--%s", "relationship_type": "%s",
         "source_ref": "%s", "target_ref": "%s"}
        """.formatted(uuid, type, source, target));
    return this;
  }

  /** Adds a group. */
  Bundles group(String uuid, String attackId, String name) {
    objects.add("""
        {"type": "intrusion-set", "id": "intrusion-set--%s", "name": "%s",
         "x_mitre_version": "1.0",
         "external_references": [{"source_name": "mitre-attack", "external_id": "%s"}]}
        """.formatted(uuid, name, attackId));
    return this;
  }

  KnowledgeBase load() {
    String json = "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": ["
        + String.join(",", objects) + "]}";
    return KnowledgeBase.of(StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8),
        "test-bundle.json"));
  }
}
