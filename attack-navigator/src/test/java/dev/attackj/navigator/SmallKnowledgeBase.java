package dev.attackj.navigator;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import java.nio.charset.StandardCharsets;

/**
 * Knowledge bases of a few made-up objects, for cases the ATT&CK releases do not contain: an
 * enterprise technique T9001, a mobile technique T9002, a deprecated enterprise technique T9003
 * and a group G9001 that uses T9001 and T9002.
 */
final class SmallKnowledgeBase {

  private static final String TACTIC = """
      {"type": "x-mitre-tactic", "id": "x-mitre-tactic--1", "name": "Execution",
       "x_mitre_shortname": "execution", "x_mitre_domains": ["%s"],
       "external_references": [{"source_name": "mitre-attack", "external_id": "TA0002"}]}""";

  private static final String TECHNIQUE = """
      {"type": "attack-pattern", "id": "attack-pattern--%1$s", "name": "Example %1$s",
       "x_mitre_domains": ["%2$s"], "x_mitre_deprecated": %3$s,
       "external_references": [{"source_name": "mitre-attack", "external_id": "T%1$s"}],
       "kill_chain_phases": [{"kill_chain_name": "%4$s", "phase_name": "execution"}]}""";

  private static final String GROUP = """
      {"type": "intrusion-set", "id": "intrusion-set--1", "name": "Example group",
       "x_mitre_domains": ["enterprise-attack", "mobile-attack"],
       "external_references": [{"source_name": "mitre-attack", "external_id": "G9001"}]}""";

  private static final String USES = """
      {"type": "relationship", "id": "relationship--%1$s", "relationship_type": "uses",
       "source_ref": "intrusion-set--1", "target_ref": "attack-pattern--%1$s"}""";

  private SmallKnowledgeBase() {}

  /** Returns the knowledge base with tactics of both enterprise-attack and mobile-attack. */
  static KnowledgeBase withDomains() {
    return of(String.join(",", String.format(TACTIC, "enterprise-attack"),
        String.format(TACTIC, "mobile-attack").replace("tactic--1", "tactic--2"),
        techniques(), GROUP, String.format(USES, "9001"), String.format(USES, "9002")));
  }

  /** Returns the knowledge base without tactics or matrices, and so without domains. */
  static KnowledgeBase withoutDomains() {
    return of(String.join(",", techniques(), GROUP, String.format(USES, "9001")));
  }

  private static String techniques() {
    return String.join(",",
        String.format(TECHNIQUE, "9001", "enterprise-attack", false, "mitre-attack"),
        String.format(TECHNIQUE, "9002", "mobile-attack", false, "mitre-mobile-attack"),
        String.format(TECHNIQUE, "9003", "enterprise-attack", true, "mitre-attack"));
  }

  private static KnowledgeBase of(String objects) {
    String json = "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": [" + objects + "]}";
    return KnowledgeBase.of(StixReader.lenient()
        .read(json.getBytes(StandardCharsets.UTF_8), "small.json"));
  }
}
