package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class KnowledgeBaseConcurrencyTest {

  private static final int TECHNIQUES = 400;
  private static final int GROUPS = 60;

  /** A bundle of one tactic, techniques with sub-techniques, groups and their uses. */
  static byte[] bundle() {
    StringBuilder objects = new StringBuilder();
    objects.append(object("x-mitre-tactic", "x-mitre-tactic--1", "Execution", "TA0002",
        ", \"x_mitre_shortname\": \"execution\""));
    String phase = ", \"kill_chain_phases\": [{\"kill_chain_name\": \"mitre-attack\","
        + " \"phase_name\": \"execution\"}]";
    for (int t = 0; t < TECHNIQUES; t++) {
      boolean sub = t % 4 != 0;
      String id = sub ? String.format("T%04d.%03d", 1000 + t / 4 * 4, t % 4)
          : String.format("T%04d", 1000 + t);
      objects.append(',').append(object("attack-pattern", "attack-pattern--" + t,
          "Technique " + t, id, phase + ", \"x_mitre_is_subtechnique\": " + sub));
      if (sub) {
        objects.append(',').append(relationship("s" + t, "subtechnique-of",
            "attack-pattern--" + t, "attack-pattern--" + (t / 4 * 4)));
      }
    }
    for (int g = 0; g < GROUPS; g++) {
      objects.append(',').append(object("intrusion-set", "intrusion-set--" + g, "Group " + g,
          String.format("G%04d", g), ", \"aliases\": [\"Alias " + g + "\"]"));
      for (int u = 0; u < 25; u++) {
        int technique = (g * 37 + u * 11) % TECHNIQUES;
        objects.append(',').append(relationship("u" + g + "-" + u, "uses",
            "intrusion-set--" + g, "attack-pattern--" + technique));
      }
    }
    return ("{\"type\": \"bundle\", \"objects\": [" + objects + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String object(String type, String stixId, String name, String attackId,
      String extra) {
    return "{\"type\": \"" + type + "\", \"id\": \"" + stixId + "\", \"name\": \"" + name
        + "\", \"created\": \"2020-01-01T00:00:00.000Z\", \"modified\": "
        + "\"2021-01-01T00:00:00.000Z\", \"external_references\": [{\"source_name\": "
        + "\"mitre-attack\", \"external_id\": \"" + attackId + "\"}]" + extra + "}";
  }

  private static String relationship(String suffix, String type, String source, String target) {
    return "{\"type\": \"relationship\", \"id\": \"relationship--" + suffix
        + "\", \"relationship_type\": \"" + type + "\", \"source_ref\": \"" + source
        + "\", \"target_ref\": \"" + target + "\", \"created\": \"2020-01-01T00:00:00.000Z\","
        + " \"modified\": \"2021-01-01T00:00:00.000Z\"}";
  }

  /** The answers to a fixed set of queries, as text. */
  static List<String> answers(KnowledgeBase kb) {
    List<String> answers = new ArrayList<>();
    answers.add(kb.techniques().toString());
    for (Group group : kb.groups()) {
      answers.add(group + " " + kb.techniquesUsedBy(group));
    }
    for (Technique technique : kb.techniques()) {
      answers.add(technique + " " + kb.groupsUsing(technique) + " "
          + kb.subTechniquesOf(technique) + " " + kb.parentOf(technique) + " "
          + kb.tacticsOf(technique));
    }
    answers.add(String.valueOf(kb.find("Alias 7")));
    answers.add(String.valueOf(kb.technique("T1004.001")));
    return answers;
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void queries_whileOthersBuild_answerIdentically() throws Exception {
    byte[] bytes = bundle();
    KnowledgeBase shared = KnowledgeBase.of(StixReader.lenient().read(bytes, "shared.json"));
    List<String> expected = answers(shared);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      boolean builder = i % 2 == 0;
      tasks.add(() -> {
        start.await();
        int checked = 0;
        for (int round = 0; round < 6; round++) {
          KnowledgeBase kb = builder
              ? KnowledgeBase.of(StixReader.lenient().read(bytes, "copy.json")) : shared;
          assertEquals(expected, answers(kb));
          checked++;
        }
        return checked;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);

    List<Future<Integer>> results = new ArrayList<>();
    try {
      tasks.forEach(task -> results.add(pool.submit(task)));
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(100, TimeUnit.SECONDS);
      }

      assertEquals(threads * 6, total);
    } finally {
      pool.shutdownNow();
    }
  }
}
