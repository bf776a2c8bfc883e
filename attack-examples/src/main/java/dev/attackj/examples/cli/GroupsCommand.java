package dev.attackj.examples.cli;

import dev.attackj.core.AttackJson;
import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Technique;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attack groups --technique}: the groups that use a technique. */
@Command(name = "groups",
    description = "List the groups that use a technique.")
final class GroupsCommand implements Callable<Integer> {

  @Option(names = "--technique", required = true, paramLabel = "ID",
      description = "The technique, by ATT&CK id or name.")
  String technique;

  @Option(names = "--via-campaigns",
      description = "Add groups to which a campaign using the technique is attributed.")
  boolean viaCampaigns;

  @Option(names = "--via-software",
      description = "Add groups using software that has the technique.")
  boolean viaSoftware;

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = data.knowledgeBase();
    Technique found = Lookups.technique(kb, technique, spec.commandLine().getErr());
    List<Group> groups = kb.groupsUsing(found, Lookups.routes(viaSoftware, viaCampaigns));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, AttackJson.references(groups));
      return 0;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("id", "name"));
    groups.forEach(g -> rows.add(List.of(g.label(), g.name())));
    out.println(found + ": " + groups.size() + " groups");
    Output.table(out, rows);
    return 0;
  }
}
