package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.AtomicFiles;
import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerFile;
import dev.attackj.navigator.LayerGenerator;
import dev.attackj.navigator.LayerOperation;
import dev.attackj.navigator.LayerReader;
import dev.attackj.navigator.LayerRenderer;
import dev.attackj.navigator.LayerValidation;
import dev.attackj.navigator.LayerValidator;
import dev.attackj.navigator.LayerWriter;
import dev.attackj.navigator.Overview;
import dev.attackj.navigator.ScoreExpression;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attack layer}: generate, validate, upgrade, combine and render ATT&CK Navigator layers.
 * Layers go to the file of {@code -o}, or to standard output; notes and problems go to standard
 * error.
 */
@Command(name = "layer", mixinStandardHelpOptions = true,
    description = "Generate, validate, upgrade, combine and render ATT&CK Navigator layers.",
    subcommands = {
        LayerCommand.Group.class,
        LayerCommand.Software.class,
        LayerCommand.Campaign.class,
        LayerCommand.OverviewLayer.class,
        LayerCommand.Batch.class,
        LayerCommand.Validate.class,
        LayerCommand.Upgrade.class,
        LayerMigrateCommand.class,
        LayerCommand.Combine.class,
        LayerCommand.Svg.class,
        LayerCommand.Png.class
    })
final class LayerCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The output option shared by the subcommands. */
  static final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "The file to write; standard output when absent.")
    Path output;

    /** Writes text to the output file, or to standard output. */
    void write(CommandSpec spec, String text) throws IOException {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
      } else {
        AtomicFiles.writeString(output, text);
      }
    }
  }

  /** The generation of one layer for one actor, or a shared layer for several. */
  abstract static class ActorLayer implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ID",
        description = "ATT&CK IDs, names or aliases; several give one layer scored by how "
            + "many of them use each technique.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--name", description = "The name of a layer of several actors.")
    String name;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    abstract Optional<? extends AttackObject> find(KnowledgeBase kb, String id);

    abstract String kind();

    @Override
    public Integer call() throws Exception {
      KnowledgeBase kb = data.knowledgeBase();
      List<AttackObject> actors = new ArrayList<>();
      for (String id : ids) {
        actors.add(find(kb, id).orElseThrow(() -> new IllegalArgumentException(
            "no " + kind() + " has the ID, name or alias \"" + id + "\"")));
      }
      LayerGenerator generator = generator(kb, data);
      Layer layer = actors.size() == 1 ? generator.forActor(actors.get(0))
          : generator.forActors(name == null ? String.join(" + ", ids) : name, actors);
      output.write(spec, LayerWriter.toJson(layer));
      return 0;
    }
  }

  @Command(name = "group",
      description = "Write the layer of the techniques one or more groups use.")
  static final class Group extends ActorLayer {
    @Override
    Optional<? extends AttackObject> find(KnowledgeBase kb, String id) {
      return kb.group(id);
    }

    @Override
    String kind() {
      return "group";
    }
  }

  @Command(name = "software",
      description = "Write the layer of the techniques one or more pieces of software use.")
  static final class Software extends ActorLayer {
    @Override
    Optional<? extends AttackObject> find(KnowledgeBase kb, String id) {
      return kb.software(id);
    }

    @Override
    String kind() {
      return "software";
    }
  }

  @Command(name = "campaign",
      description = "Write the layer of the techniques one or more campaigns use.")
  static final class Campaign extends ActorLayer {
    @Override
    Optional<? extends AttackObject> find(KnowledgeBase kb, String id) {
      return kb.campaign(id);
    }

    @Override
    String kind() {
      return "campaign";
    }
  }

  @Command(name = "overview",
      description = "Write a layer scoring each technique by the number of related groups, "
          + "software, mitigations or detection strategies.")
  static final class OverviewLayer implements Callable<Integer> {
    @Option(names = "--by", required = true, paramLabel = "KIND",
        description = "What to count: groups, software, mitigations or detection-strategies.")
    String by;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Overview kind = parseKind(spec.commandLine(), by);
      KnowledgeBase kb = data.knowledgeBase();
      String chosen = layerDomain(spec.commandLine(), kb, data);
      output.write(spec, LayerWriter.toJson(generator(kb, data).overview(kind, chosen)));
      return 0;
    }
  }

  @Command(name = "batch",
      description = "Write one layer per group, software or campaign into a folder.")
  static final class Batch implements Callable<Integer> {
    @Option(names = "--type", required = true, paramLabel = "TYPE",
        description = "groups, software or campaigns.")
    String type;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
        description = "The folder to write the layers into; created when absent.")
    Path folder;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      KnowledgeBase kb = data.knowledgeBase();
      List<? extends AttackObject> actors;
      switch (type.toLowerCase(Locale.ROOT)) {
        case "groups":
          actors = kb.groups();
          break;
        case "software":
          actors = kb.software();
          break;
        case "campaigns":
          actors = kb.campaigns();
          break;
        default:
          throw DataOptions.usage(spec.commandLine(), "--type must be groups, software or "
              + "campaigns, not \"" + type + "\"");
      }
      List<Path> files = generator(kb, data).writeEach(actors, folder);
      spec.commandLine().getOut().println("wrote " + Output.count(files.size(), "layer", "layers") + " to " + folder);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "validate",
      description = "Check a layer file against the ATT&CK data; exits with 1 when it has "
          + "errors.")
  static final class Validate implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The layer file.")
    Path file;

    @Option(names = "--migrate",
        description = "Replace revoked technique IDs by their replacements and write the "
            + "layer to -o.")
    boolean migrate;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (migrate && output.output == null) {
        // Standard output carries the report, so the migrated layer needs a file of its own.
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--migrate needs -o FILE for the migrated layer");
      }
      KnowledgeBase kb = data.knowledgeBase();
      LayerFile read = LayerReader.lenient().read(file);
      LayerValidator validator = LayerValidator.of(kb).withMigrateRevoked(migrate);
      Optional<String> release = data.release(kb);
      if (release.isPresent()) {
        validator = validator.withRelease(release.get());
      }

      List<Problem> problems = new ArrayList<>(read.problems());
      List<Layer> layers = new ArrayList<>();
      for (LayerValidation validation : validator.validate(read)) {
        problems.addAll(validation.problems());
        layers.add(validation.layer());
      }
      boolean valid = problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);

      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, report(file, valid, problems));
      } else {
        problems.forEach(out::println);
        out.println(file + ": " + (valid ? "valid" : "invalid") + ", " + problems.size()
            + " findings");
        out.flush();
      }

      if (migrate && output.output != null) {
        AtomicFiles.writeString(output.output, layers.size() == 1
            ? LayerWriter.toJson(layers.get(0)) : LayerWriter.toJson(layers));
      }
      return valid ? 0 : 1;
    }
  }

  @Command(name = "upgrade", mixinStandardHelpOptions = true,
      description = "Rewrite a layer file of any older format as format 4.5; notes each "
          + "change on standard error.")
  static final class Upgrade implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The layer file.")
    Path file;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      LayerFile read = LayerReader.lenient().read(file);
      PrintWriter err = spec.commandLine().getErr();
      read.problems().forEach(err::println);
      err.flush();
      output.write(spec, read.layers().size() == 1 ? LayerWriter.toJson(read.layer())
          : LayerWriter.toJson(read.layers()));
      return 0;
    }
  }

  @Command(name = "combine", mixinStandardHelpOptions = true,
      description = "Combine named layers into one whose scores come from an expression over "
          + "the names, such as a+b, max(a,b) or a>0 && b==0.")
  static final class Combine implements Callable<Integer> {
    @Option(names = "--expr", required = true, paramLabel = "EXPR",
        description = "The score expression over the layer names.")
    String expression;

    @Parameters(arity = "1..*", paramLabel = "NAME=FILE",
        description = "The layers, each named for the expression.")
    List<String> layers = new ArrayList<>();

    @Option(names = "--name", defaultValue = "combined layer",
        description = "The name of the new layer; default: ${DEFAULT-VALUE}.")
    String name;

    @Option(names = "--colors", paramLabel = "NAME", description = "Copy colors from a layer.")
    String colors;

    @Option(names = "--comments", paramLabel = "NAME",
        description = "Copy comments from a layer.")
    String comments;

    @Option(names = "--links", paramLabel = "NAME", description = "Copy links from a layer.")
    String links;

    @Option(names = "--metadata", paramLabel = "NAME",
        description = "Copy metadata from a layer.")
    String metadata;

    @Option(names = "--enabled", paramLabel = "NAME",
        description = "Copy enabled states from a layer.")
    String enabled;

    @Option(names = "--gradient", paramLabel = "NAME",
        description = "Use the gradient of a layer.")
    String gradient;

    @Option(names = "--legend", paramLabel = "NAME", description = "Use the legend of a layer.")
    String legend;

    @Option(names = "--filters", paramLabel = "NAME",
        description = "Use the platform filter of a layer.")
    String filters;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Map<String, Layer> named = new LinkedHashMap<>();
      for (String argument : layers) {
        int equals = argument.indexOf('=');
        if (equals <= 0) {
          throw DataOptions.usage(spec.commandLine(),
              "layer must be given as NAME=FILE, not \"" + argument + "\"");
        }
        LayerFile read = LayerReader.lenient().read(Path.of(argument.substring(equals + 1)));
        named.put(argument.substring(0, equals), read.layer());
      }
      Layer combined = LayerOperation.builder().name(name)
          .expression(ScoreExpression.parse(expression)).layers(named)
          .colorsFrom(Optional.ofNullable(colors)).commentsFrom(Optional.ofNullable(comments))
          .linksFrom(Optional.ofNullable(links)).metadataFrom(Optional.ofNullable(metadata))
          .enabledFrom(Optional.ofNullable(enabled))
          .gradientFrom(Optional.ofNullable(gradient)).legendFrom(Optional.ofNullable(legend))
          .filtersFrom(Optional.ofNullable(filters))
          .build().apply();
      output.write(spec, LayerWriter.toJson(combined));
      return 0;
    }
  }

  @Command(name = "svg",
      description = "Render a layer file as an SVG picture of the matrix.")
  static final class Svg implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The layer file.")
    Path file;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Layer layer = LayerReader.lenient().read(file).layer();
      output.write(spec, LayerRenderer.of(data.knowledgeBase()).svg(layer));
      return 0;
    }
  }

  @Command(name = "png",
      description = "Render a layer file as a PNG picture of the matrix.")
  static final class Png implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The layer file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
        description = "The PNG file to write.")
    Path output;

    @Option(names = "--scale", defaultValue = "2", paramLabel = "FACTOR",
        description = "Pixels per SVG unit, from 0.25 to 8; default: ${DEFAULT-VALUE}.")
    double scale;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
      Layer layer = LayerReader.lenient().read(file).layer();
      LayerRenderer.of(data.knowledgeBase()).pngScale(scale).writePng(layer, output);
      return 0;
    }
  }

  private static LayerGenerator generator(KnowledgeBase kb, DataOptions data) {
    LayerGenerator generator = LayerGenerator.of(kb);
    Optional<String> release = data.release(kb);
    return release.isPresent() ? generator.withAttackVersion(release.get()) : generator;
  }

  private static Overview parseKind(CommandLine line, String text) {
    Function<String, String> normal = value -> value.toUpperCase(Locale.ROOT).replace('-', '_');
    for (Overview kind : Overview.values()) {
      if (kind.name().equals(normal.apply(text))) {
        return kind;
      }
    }
    throw DataOptions.usage(line, "--by must be groups, software, mitigations or "
        + "detection-strategies, not \"" + text + "\"");
  }

  /**
   * Returns the domain of a layer: the only domain of the data, else the one {@code --domain}
   * names, such as {@code mobile} for {@code mobile-attack}.
   */
  private static String layerDomain(CommandLine line, KnowledgeBase kb, DataOptions data) {
    if (kb.domains().size() == 1) {
      return kb.domains().iterator().next();
    }
    String named = data.releaseOptions.domain + "-attack";
    if (!kb.domains().contains(named)) {
      throw DataOptions.usage(line, "the data contains domains " + kb.domains()
          + "; choose one with --domain enterprise, mobile or ics");
    }
    return named;
  }

  private static ObjectNode report(Path file, boolean valid, List<Problem> problems) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("file", file.toString());
    node.put("valid", valid);
    ArrayNode list = node.putArray("problems");
    for (Problem problem : problems) {
      ObjectNode item = list.addObject();
      item.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
      item.put("file", problem.file());
      problem.line().ifPresent(line -> item.put("line", line));
      problem.column().ifPresent(column -> item.put("column", column));
      problem.pointer().ifPresent(pointer -> item.put("pointer", pointer));
      problem.objectId().ifPresent(id -> item.put("objectId", id));
      item.put("message", problem.message());
    }
    return node;
  }
}
