package dev.attackj.gap.inventory;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entry point for reading detection inventories: reads rule files and folders in any
 * supported format and, when given a knowledge base, normalises their ATT&CK mapping.
 *
 * <p>Folders are walked recursively, skipping hidden files and folders. Each file's format is
 * detected from its content unless one is chosen with {@link #withFormat(String)}; a walked file
 * that no importer recognises is reported as an {@link Problem.Severity#INFO INFO} problem and
 * skipped. Files are read in parallel by default. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Inventory inventory = InventoryReader.create()
 *     .withKnowledgeBase(KnowledgeBase.load(Path.of("enterprise-attack-18.1.json")))
 *     .read(Path.of("sigma/rules"));
 * }</pre>
 */
public final class InventoryReader {

  /**
   * The limits of a reader that is given none: those of {@link ReadLimits#defaults()}, but with
   * files of at most 64 MiB, since a rule file is seldom larger than a few megabytes.
   */
  static final ReadLimits DEFAULT_LIMITS =
      ReadLimits.builder().from(ReadLimits.defaults()).maxDocumentBytes(64L << 20).build();

  private final List<RuleImporter> importers;
  private final Optional<RuleImporter> format;
  private final Optional<TechniqueNormalizer> normalizer;
  private final boolean parallel;
  private final ImportListener listener;
  private final ReadLimits limits;

  private InventoryReader(List<RuleImporter> importers, Optional<RuleImporter> format,
      Optional<TechniqueNormalizer> normalizer, boolean parallel, ImportListener listener,
      ReadLimits limits) {
    this.importers = List.copyOf(importers);
    this.format = format;
    this.normalizer = normalizer;
    this.parallel = parallel;
    this.listener = listener;
    this.limits = limits;
  }

  /** Creates a reader with the importers found by {@link ServiceLoader} on the class path. */
  public static InventoryReader create() {
    List<RuleImporter> found = new ArrayList<>();
    ServiceLoader.load(RuleImporter.class, InventoryReader.class.getClassLoader())
        .forEach(found::add);
    return of(found);
  }

  /** Creates a reader with the given importers only. */
  public static InventoryReader of(Collection<? extends RuleImporter> importers) {
    Map<String, RuleImporter> byFormat = new LinkedHashMap<>();
    for (RuleImporter importer : importers) {
      byFormat.putIfAbsent(importer.format().toLowerCase(Locale.ROOT), importer);
    }
    return new InventoryReader(new ArrayList<>(byFormat.values()), Optional.empty(),
        Optional.empty(), true, ImportListener.NONE, DEFAULT_LIMITS);
  }

  /** The importers, one per format. */
  public List<RuleImporter> importers() {
    return importers;
  }

  /** The format names of the importers, such as {@code sigma}. */
  public List<String> formats() {
    return importers.stream().map(RuleImporter::format).toList();
  }

  /**
   * Returns a reader that reads every file in one format instead of detecting it.
   *
   * @throws IllegalArgumentException if no importer has that format name
   */
  public InventoryReader withFormat(String formatName) {
    RuleImporter chosen = importers.stream()
        .filter(importer -> importer.format().equalsIgnoreCase(formatName.trim()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown rule format \"" + formatName
            + "\": expected one of " + formats()));
    return new InventoryReader(importers, Optional.of(chosen), normalizer, parallel, listener,
        limits);
  }

  /** Returns a reader that normalises technique IDs and tactics against a knowledge base. */
  public InventoryReader withKnowledgeBase(KnowledgeBase knowledgeBase) {
    return new InventoryReader(importers, format,
        Optional.of(new TechniqueNormalizer(knowledgeBase)), parallel, listener, limits);
  }

  /**
   * Normalises the technique IDs and tactics of an inventory read without a knowledge base, as a
   * reader {@linkplain #withKnowledgeBase with one} does, so that rules can be read while the
   * knowledge base is still loading. The findings and problems of normalisation are appended to
   * the inventory's report.
   */
  public static Inventory normalize(Inventory inventory, KnowledgeBase knowledgeBase) {
    TechniqueNormalizer normalizer = new TechniqueNormalizer(knowledgeBase);
    List<DetectionRule> rules = new ArrayList<>(inventory.rules().size());
    List<Problem> problems = new ArrayList<>(inventory.report().problems());
    List<TechniqueIdFinding> findings = new ArrayList<>(inventory.report().findings());
    for (DetectionRule rule : inventory.rules()) {
      rules.add(normalizer.normalize(rule, findings, problems));
    }
    ImportReport report = ImportReport.builder().from(inventory.report())
        .findings(findings).problems(problems).build();
    return Inventory.builder().rules(rules).report(report).build();
  }

  /** Returns a reader that reads files in parallel (the default) or one after another. */
  public InventoryReader withParallelism(boolean enabled) {
    return new InventoryReader(importers, format, normalizer, enabled, listener, limits);
  }

  /** Returns a reader that tells a listener of each file read. */
  public InventoryReader withListener(ImportListener progress) {
    return new InventoryReader(importers, format, normalizer, parallel, progress, limits);
  }

  /**
   * Returns a reader that reads within other limits. Without this, a reader applies
   * {@link ReadLimits#defaults()} with files of at most 64 MiB ({@code maxDocumentBytes}). A file
   * that exceeds a limit is reported as a problem that names the limit and is skipped, wholly
   * or from the place where the limit was hit.
   *
   * <pre>{@code
   * InventoryReader reader = InventoryReader.create()
   *     .withLimits(ReadLimits.builder().maxDocumentBytes(256L << 20).build());
   * }</pre>
   */
  public InventoryReader withLimits(ReadLimits newLimits) {
    return new InventoryReader(importers, format, normalizer, parallel, listener,
        Objects.requireNonNull(newLimits, "limits"));
  }

  /** The limits this reader applies to each file. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads files and folders into one inventory.
   *
   * @throws UncheckedIOException with a {@link NoSuchFileException} naming the path as its cause
   *     if a path does not exist
   */
  public Inventory read(Path... paths) {
    return read(List.of(paths));
  }

  /**
   * Reads files and folders into one inventory. A path that does not exist is thrown, so that a
   * mistyped path is never taken for an empty inventory; unreadable files and folders are
   * reported as problems.
   *
   * @throws UncheckedIOException with a {@link NoSuchFileException} naming the path as its cause
   *     if a path does not exist
   */
  public Inventory read(Collection<Path> paths) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        NoSuchFileException missing =
            new NoSuchFileException(path.toString(), null, "rules path not found");
        throw new UncheckedIOException(missing.getMessage(), missing);
      }
    }
    List<Problem> problems = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (Path path : paths) {
      collect(path, sources, problems);
    }
    Stream<Source> stream = parallel ? sources.parallelStream() : sources.stream();
    AtomicInteger done = new AtomicInteger();
    List<FileResult> results = stream.map(source -> {
      FileResult result = readFile(source);
      listener.fileRead(source.path().toString(), done.incrementAndGet(), sources.size());
      return result;
    }).toList();
    return assemble(results, problems, sources.size());
  }

  /** Reads content from memory, such as a rule received over the network. */
  public Inventory read(String content, String source) {
    long size = content.getBytes(StandardCharsets.UTF_8).length;
    FileResult result = size > limits.maxDocumentBytes()
        ? new FileResult(Optional.empty(), ImportResult.of(Parsing.limitExceeded(source,
            "maxDocumentBytes", limits.maxDocumentBytes(), "the content has " + size + " bytes")))
        : readContent(content, source, true);
    return assemble(List.of(result), List.of(), 1);
  }

  private record Source(Path path, boolean walked) {}

  private record FileResult(Optional<String> format, ImportResult result) {}

  private static void collect(Path path, List<Source> sources, List<Problem> problems) {
    if (Files.isRegularFile(path)) {
      sources.add(new Source(path, false));
      return;
    }
    if (!Files.isDirectory(path)) {
      problems.add(Parsing.problem(path.toString(), "rule file or folder not found"));
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile)
          .filter(file -> !isHidden(path.relativize(file)))
          .sorted(Comparator.comparing(Path::toString))
          .forEach(file -> sources.add(new Source(file, true)));
    } catch (IOException | UncheckedIOException error) {
      problems.add(Parsing.problem(path.toString(), "cannot walk folder: " + error.getMessage()));
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private FileResult readFile(Source source) {
    String name = source.path().toString();
    try {
      long size = Files.size(source.path());
      if (size > limits.maxDocumentBytes()) {
        return new FileResult(Optional.empty(), ImportResult.of(Parsing.limitExceeded(name,
            "maxDocumentBytes", limits.maxDocumentBytes(), "the file has " + size + " bytes")));
      }
      byte[] bytes = Files.readAllBytes(source.path());
      String content = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return readContent(content, name, !source.walked());
    } catch (CharacterCodingException error) {
      return skipped(name, source.walked(), "not a text file in UTF-8");
    } catch (IOException error) {
      return new FileResult(Optional.empty(), ImportResult.of(Parsing.problem(name,
          "cannot read rule file: " + error)));
    }
  }

  private FileResult readContent(String content, String source, boolean named) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String fileName = source.substring(
        Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    Optional<RuleImporter> importer = format.isPresent()
        ? format.filter(chosen -> named || chosen.detect(fileName, text) > 0)
        : detect(fileName, text);
    if (importer.isEmpty()) {
      return skipped(source, !named, format.isPresent()
          ? "not a " + format.get().format() + " file; skipped"
          : "format not recognised: expected one of " + formats() + "; skipped");
    }
    try {
      return new FileResult(Optional.of(importer.get().format()),
          importer.get().read(text, source, limits));
    } catch (RuntimeException error) {
      return new FileResult(Optional.of(importer.get().format()), ImportResult.of(
          Parsing.problem(source, importer.get().format() + " importer failed: " + error)));
    }
  }

  private static FileResult skipped(String source, boolean walked, String message) {
    Problem problem = Problem.builder().file(source).message(message)
        .severity(walked ? Problem.Severity.INFO : Problem.Severity.ERROR).build();
    return new FileResult(Optional.empty(), ImportResult.of(problem));
  }

  private Optional<RuleImporter> detect(String fileName, String content) {
    RuleImporter best = null;
    int bestRating = 0;
    for (RuleImporter importer : importers) {
      int rating = importer.detect(fileName, content);
      if (rating > bestRating) {
        best = importer;
        bestRating = rating;
      }
    }
    return Optional.ofNullable(best);
  }

  private Inventory assemble(List<FileResult> results, List<Problem> walkProblems, int files) {
    List<DetectionRule> rules = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(walkProblems);
    List<TechniqueIdFinding> findings = new ArrayList<>();
    Map<String, Integer> formats = new TreeMap<>();
    for (FileResult file : results) {
      file.format().ifPresent(name -> formats.merge(name, 1, Integer::sum));
      problems.addAll(file.result().problems());
      for (DetectionRule rule : file.result().rules()) {
        rules.add(normalizer.isPresent()
            ? normalizer.get().normalize(rule, findings, problems)
            : rule);
      }
    }
    ImportReport report = ImportReport.builder().files(files).formats(formats)
        .findings(findings).problems(problems).build();
    return Inventory.builder().rules(rules).report(report).build();
  }

  @Override
  public String toString() {
    return "InventoryReader" + formats().stream().collect(Collectors.joining(", ", "[", "]"));
  }
}
