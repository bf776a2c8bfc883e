package dev.attackj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.TestData;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The jshell script {@code jshell/attack.jsh}, run through the jdk.jshell API. */
class AttackJshTest {

  private static JShell shell;

  @BeforeAll
  static void runScript() throws Exception {
    shell = JShell.builder()
        .remoteVMOptions("-Dattack.bundle=" + TestData.enterprise("18.1"))
        .build();
    shell.addToClasspath(testClassPath());
    String remaining = Files.readString(Path.of("jshell/attack.jsh"));
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      for (SnippetEvent event : shell.eval(info.source())) {
        assertSucceeded(info.source(), event);
      }
      remaining = info.remaining();
    }
  }

  @AfterAll
  static void close() {
    shell.close();
  }

  /** Returns the class path of this test, also when Surefire starts it from a manifest-only jar. */
  private static String testClassPath() throws URISyntaxException {
    List<String> entries = new ArrayList<>();
    if (AttackJshTest.class.getClassLoader() instanceof URLClassLoader loader) {
      for (URL url : loader.getURLs()) {
        entries.add(Path.of(url.toURI()).toString());
      }
    }
    entries.add(System.getProperty("java.class.path"));
    return entries.stream().collect(Collectors.joining(File.pathSeparator));
  }

  private static void assertSucceeded(String source, SnippetEvent event) {
    String problem = event.exception() != null
        ? event.exception().toString()
        : shell.diagnostics(event.snippet()).map(d -> d.getMessage(null))
            .collect(Collectors.joining("; "));
    assertEquals(Snippet.Status.VALID, event.status(), source + " -> " + problem);
    assertEquals(null, event.exception(), source + " -> " + problem);
  }

  private static String evaluate(String expression) {
    List<SnippetEvent> events = shell.eval(expression);
    assertSucceeded(expression, events.get(0));
    return events.get(0).value();
  }

  @Test
  void technique_oneLine_printsIdAndName() {
    assertEquals("T1059.001 PowerShell", evaluate("technique(\"T1059.001\")"));
  }

  @Test
  void groupsUsing_oneLine_listsGroups() {
    String groups = evaluate("groupsUsing(\"T1059.001\")");

    assertTrue(groups.contains("G0046 FIN7"), groups);
  }

  @Test
  void layer_oneLine_printsSummary() {
    String layer = evaluate("layer(\"FIN7\")");

    assertTrue(layer.startsWith("Layer \"Group G0046 FIN7\""), layer);
    assertTrue(layer.endsWith(" techniques)"), layer);
  }

  @Test
  void knowledgeBase_printsDomain() {
    String kb = evaluate("kb");

    assertTrue(kb.startsWith("KnowledgeBase[enterprise-attack]"), kb);
  }
}
