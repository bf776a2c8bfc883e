package dev.attackj.core;

/** How an actor comes to use a technique. */
public enum Via {
  /** The actor itself uses the technique. */
  DIRECT,
  /** Software the actor uses has the technique. */
  SOFTWARE,
  /** A campaign attributed to the group uses the technique. */
  CAMPAIGN
}
