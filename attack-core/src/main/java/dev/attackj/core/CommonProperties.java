package dev.attackj.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The properties every ATT&CK object shares: its STIX identity, its ATT&CK id and name, its
 * state (version, revoked, deprecated), its citations, and every property this library does not
 * name, kept as read.
 */
@Value.Immutable
public abstract class CommonProperties {

  /** The STIX id, such as {@code attack-pattern--970a3432-3237-47ad-bcca-7d8cbb217736}. */
  public abstract String stixId();

  /** The STIX type name, such as {@code attack-pattern}. */
  public abstract String stixType();

  /** The ATT&CK id, such as {@code T1059.001}, from the object's ATT&CK external reference. */
  public abstract Optional<String> attackId();

  /** The page of the object on the ATT&CK website, from its ATT&CK external reference. */
  public abstract Optional<String> url();

  @Value.Default
  public String name() {
    return "";
  }

  @Value.Default
  public String description() {
    return "";
  }

  /** Other names: {@code aliases} of groups and campaigns, {@code x_mitre_aliases} of software. */
  public abstract List<String> aliases();

  public abstract List<String> platforms();

  /** The ATT&CK domains, such as {@code enterprise-attack}. */
  public abstract List<String> domains();

  /** The object's ATT&CK version ({@code x_mitre_version}), such as {@code 1.2}. */
  public abstract Optional<String> version();

  public abstract Optional<Instant> created();

  public abstract Optional<Instant> modified();

  @Value.Default
  public boolean revoked() {
    return false;
  }

  @Value.Default
  public boolean deprecated() {
    return false;
  }

  public abstract List<ExternalReference> externalReferences();

  public abstract List<String> contributors();

  public abstract Optional<String> createdByRef();

  public abstract Optional<String> modifiedByRef();

  public abstract List<String> objectMarkingRefs();

  /** The STIX spec version the object declares ({@code spec_version}, STIX 2.1 only). */
  public abstract Optional<String> specVersion();

  /** The ATT&CK data model version ({@code x_mitre_attack_spec_version}). */
  public abstract Optional<String> attackSpecVersion();

  /**
   * Every property of the object that this library does not model, by its name, as read from
   * the bundle (custom {@code x_} properties and fields of newer ATT&CK releases). The nodes are
   * shared: treat them as read-only.
   */
  public abstract Map<String, JsonNode> extraProperties();

  public static ImmutableCommonProperties.Builder builder() {
    return ImmutableCommonProperties.builder();
  }
}
