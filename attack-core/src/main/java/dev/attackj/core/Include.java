package dev.attackj.core;

/** Which objects a listing of the knowledge base holds. */
public enum Include {
  /** Objects neither revoked nor deprecated: what the ATT&CK website shows. The default. */
  ACTIVE,
  /** Every object, revoked and deprecated ones included. */
  ALL
}
