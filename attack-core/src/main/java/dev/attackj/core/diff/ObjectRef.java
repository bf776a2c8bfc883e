package dev.attackj.core.diff;

import dev.attackj.core.AttackObject;
import dev.attackj.core.ObjectType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an ATT&CK object of one release: its kind, STIX id, ATT&CK id and name. It
 * prints as {@code T1059.001 PowerShell}.
 */
@Value.Immutable
public abstract class ObjectRef {

  public abstract ObjectType type();

  public abstract String stixId();

  /** The ATT&CK id, such as {@code T1059.001}; empty for objects without one. */
  public abstract Optional<String> attackId();

  public abstract String name();

  /** The ATT&CK id when there is one, else the STIX id. */
  public final String label() {
    return attackId().orElse(stixId());
  }

  /** A reference to an object. */
  public static ObjectRef from(AttackObject object) {
    return ImmutableObjectRef.builder()
        .type(object.objectType())
        .stixId(object.stixId())
        .attackId(object.attackId())
        .name(object.name())
        .build();
  }

  public static ImmutableObjectRef.Builder builder() {
    return ImmutableObjectRef.builder();
  }

  @Override
  public String toString() {
    return name().isEmpty() ? label() : label() + " " + name();
  }
}
