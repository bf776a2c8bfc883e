package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.attackj.core.AtomicFiles;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.diff.MigrationNote;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerFile;
import dev.attackj.navigator.LayerMigration;
import dev.attackj.navigator.LayerReader;
import dev.attackj.navigator.LayerWriter;
import dev.attackj.navigator.MigratedLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attack layer migrate}: a layer moved to a newer ATT&CK release. The layer goes to the
 * file of {@code -o} or to standard output; every change and flag goes to standard error, and
 * to the JSON file of {@code --report}.
 */
@Command(name = "migrate",
    description = "Migrate a layer to a newer ATT&CK release: replace revoked techniques, flag "
        + "deprecated and unknown ones, move entries to the techniques' current tactics and "
        + "merge entries that collide (maximum score, first color, comments joined).")
final class LayerMigrateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The layer file (any format 1.0 to 4.5).")
  Path layerFile;

  @Option(names = "--to", required = true, paramLabel = "FILE|VERSION",
      description = "The release to migrate to: a bundle file (JSON, gzip-compressed or not) "
          + "or a release version such as 18.1, downloaded on first use.")
  String target;

  @Mixin
  ReleaseOptions releaseOptions;

  @Mixin
  LayerCommand.OutputOption output;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the migration report as JSON to this file.")
  Path report;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    BundleOrVersion.rejectVersionOption(releaseOptions, spec, "give the release with --to");
    KnowledgeBase kb = BundleOrVersion.load(target, releaseOptions, spec);
    LayerFile file = LayerReader.lenient().read(layerFile);
    PrintWriter err = spec.commandLine().getErr();
    for (Problem problem : file.problems()) {
      err.println(problem);
    }
    LayerMigration migration = LayerMigration.to(kb);
    List<Layer> layers = new ArrayList<>();
    ArrayNode reports = JsonNodeFactory.instance.arrayNode();
    for (Layer layer : file.layers()) {
      MigratedLayer migrated = migration.migrate(layer);
      layers.add(migrated.layer());
      reports.add(migrated.report().toJson());
      for (MigrationNote note : migrated.report().notes()) {
        err.println(note);
      }
    }
    err.flush();
    String json = layers.size() == 1 ? LayerWriter.toJson(layers.get(0))
        : LayerWriter.toJson(layers);
    output.write(spec, json);
    if (report != null) {
      AtomicFiles.writeString(report, Output.JSON.writeValueAsString(
          reports.size() == 1 ? reports.get(0) : reports));
    }
    return 0;
  }
}
