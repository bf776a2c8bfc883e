package dev.attackj.core;

import java.util.List;
import org.immutables.value.Value;

/** Software: a piece of malware or a tool, commercial, open-source or built into the system. */
@Value.Immutable
public abstract class Software extends AttackObject {

  /** The STIX labels, such as {@code malware} or {@code tool}. */
  public abstract List<String> labels();

  /** Whether this is malware ({@link ObjectType#MALWARE}) or a tool ({@link ObjectType#TOOL}). */
  @Override
  public ObjectType objectType() {
    return "tool".equals(stixType()) ? ObjectType.TOOL : ObjectType.MALWARE;
  }

  public static ImmutableSoftware.Builder builder() {
    return ImmutableSoftware.builder();
  }
}
