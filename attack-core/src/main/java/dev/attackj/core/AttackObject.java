package dev.attackj.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An object of an ATT&CK bundle: a technique, tactic, group, software, relationship or any other
 * kind listed in {@link ObjectType}. Every kind has the {@linkplain CommonProperties common
 * properties}; the subclasses add their own.
 *
 * <p>Objects print as their ATT&CK id and name, such as {@code T1059.001 PowerShell}, or their
 * STIX id when they have no ATT&CK id; relationships print as source, type and target.
 */
public abstract class AttackObject {

  AttackObject() {}

  /** The properties every object shares. */
  public abstract CommonProperties common();

  /** The kind of object. */
  public abstract ObjectType objectType();

  public final String stixId() {
    return common().stixId();
  }

  public final String stixType() {
    return common().stixType();
  }

  /** The ATT&CK id, such as {@code G0016}; empty for relationships and other unnumbered objects. */
  public final Optional<String> attackId() {
    return common().attackId();
  }

  public final String name() {
    return common().name();
  }

  public final String description() {
    return common().description();
  }

  public final List<String> aliases() {
    return common().aliases();
  }

  public final List<String> platforms() {
    return common().platforms();
  }

  public final List<String> domains() {
    return common().domains();
  }

  public final Optional<String> version() {
    return common().version();
  }

  public final Optional<Instant> created() {
    return common().created();
  }

  public final Optional<Instant> modified() {
    return common().modified();
  }

  public final boolean isRevoked() {
    return common().revoked();
  }

  public final boolean isDeprecated() {
    return common().deprecated();
  }

  /** Whether the object is neither revoked nor deprecated. */
  public final boolean isActive() {
    return !isRevoked() && !isDeprecated();
  }

  public final Optional<String> url() {
    return common().url();
  }

  public final List<ExternalReference> externalReferences() {
    return common().externalReferences();
  }

  public final List<String> contributors() {
    return common().contributors();
  }

  /** Properties this library does not model; see {@link CommonProperties#extraProperties()}. */
  public final Map<String, JsonNode> extraProperties() {
    return common().extraProperties();
  }

  /** The ATT&CK id when there is one, else the STIX id. */
  public final String label() {
    return attackId().orElse(stixId());
  }

  @Override
  public String toString() {
    return name().isEmpty() ? label() : label() + " " + name();
  }
}
