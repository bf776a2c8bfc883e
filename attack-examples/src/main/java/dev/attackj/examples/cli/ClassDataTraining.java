package dev.attackj.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;

/**
 * The training run of the launcher's class-data archive. It runs the common commands of the tool
 * on a small bundle and discards their output, in a JVM started with
 * {@code -XX:ArchiveClassesAtExit}, so the archive contains the classes those commands load. The
 * build runs it on {@code src/main/cds/training-bundle.json}. A command that fails stops the run
 * with a line on standard error that names the command. A failed run exits with status 3, so
 * the build can distinguish it from a JVM that cannot write an archive, which exits with 1.
 */
final class ClassDataTraining {

  /** The exit status of a failed training run. */
  static final int FAILED = 3;

  private ClassDataTraining() {}

  /** Runs the training: {@code ClassDataTraining BUNDLE WORK-DIR}. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ClassDataTraining BUNDLE WORK-DIR");
      System.exit(FAILED);
    }
    PrintWriter err = new PrintWriter(System.err, true);
    try {
      System.exit(run(Path.of(args[0]), Path.of(args[1]), err));
    } catch (IOException | RuntimeException | Error e) {
      // An error, such as a missing class, would otherwise exit with 1, which the build takes
      // for a JVM that cannot write an archive.
      err.println("class-data training: " + e);
      System.exit(FAILED);
    }
  }

  /**
   * Runs every training command and returns 0, or {@link #FAILED} at the first command that
   * fails. The commands read the bundle and a gzip-compressed copy of it, and write that copy and
   * a layer to the work folder.
   */
  static int run(Path bundle, Path work, PrintWriter err) throws IOException {
    Files.createDirectories(work);
    Path gzipped = gzip(bundle, work.resolve("training-bundle.json.gz"));

    for (List<String> command : commands(bundle, gzipped, work)) {
      CommandLine line = AttackCli.commandLine();
      line.setOut(new PrintWriter(Writer.nullWriter()));
      line.setErr(err);
      int status = line.execute(command.toArray(String[]::new));
      if (status != 0) {
        err.println("class-data training: 'attack " + String.join(" ", command)
            + "' exited with status " + status);
        return FAILED;
      }
    }
    return 0;
  }

  /** Lists the training commands: the common queries in table and JSON form, and a layer. */
  static List<List<String>> commands(Path bundle, Path gzipped, Path work) {
    String plain = bundle.toString();
    return List.of(
        List.of("techniques", "--group", "G0016", "--bundle", gzipped.toString()),
        List.of("techniques", "--group", "APT29", "--via-software", "--via-campaigns", "--json",
            "--bundle", plain),
        List.of("groups", "--technique", "T1053", "--via-software", "--via-campaigns",
            "--bundle", plain),
        List.of("show", "T1059.001", "--bundle", plain),
        List.of("show", "G0016", "--json", "--bundle", plain),
        List.of("stats", "--bundle", plain),
        List.of("stats", "--json", "--bundle", plain),
        List.of("layer", "group", "G0016", "-o", work.resolve("G0016.json").toString(),
            "--bundle", plain),
        List.of("--help"));
  }

  private static Path gzip(Path file, Path target) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      Files.copy(file, out);
    }
    return target;
  }
}
