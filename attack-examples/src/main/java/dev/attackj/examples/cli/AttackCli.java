package dev.attackj.examples.cli;

import dev.attackj.core.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code attack} command-line tool. Each subcommand is a class of this package; errors print
 * one line on standard error (a stack trace only with {@code --verbose}) and exit with 1, usage
 * mistakes with 2.
 */
@Command(
    name = "attack",
    mixinStandardHelpOptions = true,
    versionProvider = AttackCli.Version.class,
    description = "Threat-informed defense with MITRE ATT&CK: query the knowledge base, "
        + "build Navigator layers, measure detection coverage and plan what to build next.",
    subcommands = {
        StatsCommand.class,
        ShowCommand.class,
        TechniquesCommand.class,
        GroupsCommand.class,
        LayerCommand.class,
        DownloadCommand.class,
        CoverageCommand.class,
        GapsCommand.class,
        RankCommand.class,
        StrategiesCommand.class,
        PlanCommand.class,
        ThreatModelCommand.class,
        DiffCommand.class,
        CommandLine.HelpCommand.class
    })
public final class AttackCli implements Runnable {

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status, for tests and embedding. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with this tool's error handling, to run with other streams in tests. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new AttackCli());
    line.setExecutionExceptionHandler(AttackCli::handle);
    line.setParameterExceptionHandler(AttackCli::usageError);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  private static int handle(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
    PrintWriter err = line.getErr();
    boolean verbose = parsed.hasMatchedOption("--verbose")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
    err.println("attack: " + message(e));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /** Prints a usage mistake as one line with a hint, and returns 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    String message = e.getMessage();
    // Some of picocli's messages start with their own "Error: ", which the prefix replaces.
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length());
    }
    err.println("attack: " + message);
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return 2;
  }

  static String message(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "file not found: " + e.getMessage();
    }
    if (e instanceof InvalidInputException) {
      return e.getMessage();
    }
    String text = e.getMessage();
    return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
  }

  /** The version of the library, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AttackCli.class.getPackage().getImplementationVersion();
      return new String[] {"attack " + (version == null ? "(development build)" : version)};
    }
  }
}
