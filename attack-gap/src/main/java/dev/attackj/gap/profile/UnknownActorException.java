package dev.attackj.gap.profile;

import java.util.List;

/**
 * An actor name that matches no group, campaign or software of the knowledge base. The message
 * and {@link #suggestions()} name the closest known names.
 */
public final class UnknownActorException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String actor;
  private final transient List<String> suggestions;

  UnknownActorException(String actor, String release, List<String> suggestions) {
    super(message(actor, release, suggestions));
    this.actor = actor;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The name that was not found. */
  public String actor() {
    return actor;
  }

  /** The closest known IDs, names and aliases, closest first; empty when none is close. */
  public List<String> suggestions() {
    return suggestions;
  }

  private static String message(String actor, String release, List<String> suggestions) {
    String where = release.isEmpty() ? "ATT&CK" : "ATT&CK " + release;
    String text = "actor not found in " + where + ": \"" + actor + "\" is no group, campaign or"
        + " software ID, name or alias";
    return suggestions.isEmpty()
        ? text
        : text + "; did you mean " + String.join(", ", suggestions) + "?";
  }
}
