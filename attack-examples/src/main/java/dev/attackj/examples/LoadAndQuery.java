package dev.attackj.examples;

import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueUse;
import dev.attackj.core.Via;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Loads an ATT&CK bundle and runs a few queries: a group's techniques with their
 * procedure examples, the groups using a technique, and where a revoked ID went.
 *
 * <p>Run with the bundle's path as the only argument.
 */
public final class LoadAndQuery {

  private LoadAndQuery() {}

  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]), System.out);
  }

  static void run(Path bundle, PrintStream out) throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(bundle);
    out.println(kb);

    Group group = kb.group("Cozy Bear").orElseThrow();
    out.println(group + " uses " + kb.techniquesUsedBy(group).size() + " techniques directly, "
        + kb.techniquesUsedBy(group, Via.CAMPAIGN).size() + " with its campaigns");
    for (TechniqueUse use : kb.techniqueUses(group).subList(0, 3)) {
      out.println("  " + use.technique() + ": " + use.procedure().strip());
    }

    Technique powerShell = kb.technique("T1059.001").orElseThrow();
    out.println(powerShell + " is used by " + kb.groupsUsing(powerShell).size() + " groups, in "
        + kb.tacticsOf(powerShell) + ", mitigated by " + kb.mitigationsOf(powerShell).size()
        + " mitigations");

    out.println("T1086 now is " + kb.resolve("T1086").orElseThrow());
  }
}
