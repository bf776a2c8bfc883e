package dev.attackj.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The kinds of object an ATT&CK bundle holds, each with its STIX type name. */
public enum ObjectType {
  TECHNIQUE("attack-pattern", Technique.class),
  TACTIC("x-mitre-tactic", Tactic.class),
  MATRIX("x-mitre-matrix", Matrix.class),
  GROUP("intrusion-set", Group.class),
  MALWARE("malware", Software.class),
  TOOL("tool", Software.class),
  CAMPAIGN("campaign", Campaign.class),
  MITIGATION("course-of-action", Mitigation.class),
  DATA_SOURCE("x-mitre-data-source", DataSource.class),
  DATA_COMPONENT("x-mitre-data-component", DataComponent.class),
  DETECTION_STRATEGY("x-mitre-detection-strategy", DetectionStrategy.class),
  ANALYTIC("x-mitre-analytic", Analytic.class),
  ASSET("x-mitre-asset", Asset.class),
  RELATIONSHIP("relationship", Relationship.class),
  COLLECTION("x-mitre-collection", Collection.class),
  IDENTITY("identity", Identity.class),
  MARKING_DEFINITION("marking-definition", MarkingDefinition.class),
  /** A STIX type this library does not model; kept as an {@link UnknownObject}. */
  OTHER("", UnknownObject.class);

  /** The kinds by STIX type name, {@link #OTHER} left out. */
  private static final Map<String, ObjectType> BY_STIX_TYPE = new HashMap<>();

  static {
    for (ObjectType type : values()) {
      if (type != OTHER) {
        BY_STIX_TYPE.put(type.stixType, type);
      }
    }
  }

  private final String stixType;
  private final Class<? extends AttackObject> valueClass;

  ObjectType(String stixType, Class<? extends AttackObject> valueClass) {
    this.stixType = stixType;
    this.valueClass = valueClass;
  }

  /** The STIX type name, such as {@code attack-pattern}; empty for {@link #OTHER}. */
  public String stixType() {
    return stixType;
  }

  /** The value class that objects of this kind are read into. */
  public Class<? extends AttackObject> valueClass() {
    return valueClass;
  }

  /** The kind of a STIX type name; {@link #OTHER} for a type this library does not model. */
  public static ObjectType fromStixType(String stixType) {
    return BY_STIX_TYPE.getOrDefault(stixType, OTHER);
  }

  /**
   * The kind named by an enum name or a STIX type, in any case, such as {@code group} or {@code
   * intrusion-set}.
   */
  public static Optional<ObjectType> tryParse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT);
    for (ObjectType type : values()) {
      if (type.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(key.replace('_', '-'))
          || (type != OTHER && type.stixType.equals(key))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
