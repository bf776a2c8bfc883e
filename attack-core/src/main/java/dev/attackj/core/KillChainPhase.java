package dev.attackj.core;

import org.immutables.value.Value;

/** A tactic a technique belongs to, named by the tactic's short name within a kill chain. */
@Value.Immutable
public abstract class KillChainPhase {

  /**
   * The kill chain, such as {@code mitre-attack}, {@code mitre-mobile-attack} or {@code
   * mitre-ics-attack}.
   */
  @Value.Parameter
  public abstract String killChainName();

  /** The tactic's short name, such as {@code defense-evasion}. */
  @Value.Parameter
  public abstract String phaseName();

  public static KillChainPhase of(String killChainName, String phaseName) {
    return ImmutableKillChainPhase.of(killChainName, phaseName);
  }

  @Override
  public String toString() {
    return killChainName() + ":" + phaseName();
  }
}
