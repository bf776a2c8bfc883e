package dev.attackj.examples.cli;

import dev.attackj.core.AttackObject;
import dev.attackj.core.Campaign;
import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Software;
import dev.attackj.core.Technique;
import dev.attackj.core.Via;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finding the objects a user names on the command line: unknown names fail with the closest
 * known ones, and a revoked ID is followed to its replacement with a note on standard error.
 */
final class Lookups {

  private Lookups() {}

  /** The routes beyond direct use that the --via-software and --via-campaigns options ask for. */
  static Via[] routes(boolean viaSoftware, boolean viaCampaigns) {
    List<Via> routes = new ArrayList<>();
    if (viaSoftware) {
      routes.add(Via.SOFTWARE);
    }
    if (viaCampaigns) {
      routes.add(Via.CAMPAIGN);
    }
    return routes.toArray(Via[]::new);
  }

  static Group group(KnowledgeBase kb, String text, PrintWriter err) {
    return current(kb, kb.group(text), Group.class, text, err)
        .orElseThrow(() -> notFound("group", text, kb.suggestNames(text, Group.class)));
  }

  static Technique technique(KnowledgeBase kb, String text, PrintWriter err) {
    return current(kb, kb.technique(text), Technique.class, text, err)
        .orElseThrow(() -> notFound("technique", text,
            kb.suggestNames(text, Technique.class)));
  }

  static AttackObject any(KnowledgeBase kb, String text) {
    return kb.find(text).orElseThrow(() -> notFound("ATT&CK object", text,
        kb.suggestNames(text, Technique.class, Group.class, Software.class, Campaign.class)));
  }

  private static <T extends AttackObject> Optional<T> current(KnowledgeBase kb, Optional<T> found,
      Class<T> type, String text, PrintWriter err) {
    if (found.isEmpty() || !found.get().isRevoked()) {
      return found;
    }
    Optional<T> replacement = kb.replacementOf(found.get())
        .filter(type::isInstance).map(type::cast);
    replacement.ifPresent(r -> {
      err.println("attack: " + text + " is revoked; using its replacement " + r);
      err.flush();
    });
    return replacement.or(() -> found);
  }

  private static IllegalArgumentException notFound(String kind, String text,
      List<String> suggestions) {
    String message = "no " + kind + " has the ATT&CK ID, name or alias \"" + text + "\"";
    return new IllegalArgumentException(suggestions.isEmpty() ? message
        : message + "; did you mean " + String.join(", ", suggestions) + "?");
  }
}
