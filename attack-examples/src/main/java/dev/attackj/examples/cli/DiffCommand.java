package dev.attackj.examples.cli;

import dev.attackj.core.AtomicFiles;
import dev.attackj.core.ObjectType;
import dev.attackj.core.diff.ChangeKind;
import dev.attackj.core.diff.ReleaseDiff;
import dev.attackj.navigator.LayerWriter;
import dev.attackj.navigator.ReleaseDiffLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attack diff}: the changes between two ATT&CK releases of one domain. */
@Command(name = "diff",
    description = "Compare two ATT&CK releases of one domain: additions, revocations, "
        + "deprecations, deletions, version changes, renames, tactic and platform changes, and "
        + "the relationship changes of techniques. Prints a summary table unless a format is "
        + "chosen.")
final class DiffCommand implements Callable<Integer> {

  @Option(names = "--old", required = true, paramLabel = "FILE|VERSION",
      description = "The older release: a bundle file (JSON, gzip-compressed or not) or a "
          + "release version such as 15.1, downloaded on first use.")
  String oldRelease;

  @Option(names = "--new", required = true, paramLabel = "FILE|VERSION",
      description = "The newer release: a bundle file or a release version such as 18.1.")
  String newRelease;

  @Mixin
  ReleaseOptions releaseOptions;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Spec
  CommandSpec spec;

  /** The output formats, of which one at most is chosen. */
  static final class Format {
    @Option(names = "--json", description = "Print the diff as one JSON document.")
    boolean json;

    @Option(names = "--markdown", description = "Print the diff as a Markdown report.")
    boolean markdown;

    @Option(names = "--layer", description = "Print a Navigator layer (format 4.5) of the "
        + "changed techniques, colored by kind of change.")
    boolean layer;
  }

  @Override
  public Integer call() throws IOException {
    BundleOrVersion.rejectVersionOption(releaseOptions, spec,
        "give the releases with --old and --new");
    ReleaseDiff diff = ReleaseDiff.between(
        BundleOrVersion.load(oldRelease, releaseOptions, spec),
        BundleOrVersion.load(newRelease, releaseOptions, spec));
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    if (format.json) {
      Output.json(writer, diff.toJson());
    } else if (format.markdown) {
      writer.print(diff.toMarkdown());
    } else if (format.layer) {
      writer.println(LayerWriter.toJson(ReleaseDiffLayer.from(diff)));
    } else {
      summary(writer, diff);
    }
    writer.flush();
    write(text.toString());
    return 0;
  }

  private void write(String text) throws IOException {
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.writeString(output, text);
    }
  }

  /** Prints one row of counts per kind of object that changed, one column per kind of change. */
  private static void summary(PrintWriter out, ReleaseDiff diff) {
    out.println("ATT&CK " + diff.oldRelease().orElse("(unnamed release)") + " -> "
        + diff.newRelease().orElse("(unnamed release)") + ", " + String.join(",",
        diff.domains()));
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    diff.changes().forEach(c -> kinds.add(c.kind()));
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("type"));
    kinds.forEach(kind -> header.add(kind.name().toLowerCase(Locale.ROOT)
        .replace('_', '-')));
    rows.add(header);
    for (Map.Entry<ObjectType, Map<ChangeKind, Integer>> entry : diff.counts().entrySet()) {
      List<String> row = new ArrayList<>(List.of(entry.getKey().stixType()));
      kinds.forEach(kind -> row.add(
          Integer.toString(entry.getValue().getOrDefault(kind, 0))));
      rows.add(row);
    }
    Output.table(out, rows);
    long techniques = diff.relationshipChanges().stream()
        .map(c -> c.technique().stixId()).distinct().count();
    out.println(techniques + " techniques with relationship changes");
  }
}
