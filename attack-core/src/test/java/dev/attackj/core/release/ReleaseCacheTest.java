package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads and processes that fetch the same release into one cache at the same time. */
class ReleaseCacheTest {

  @TempDir static Path shared;
  @TempDir Path cache;
  @TempDir Path logs;

  private static MirrorFolder mirror;
  private LoopbackServer server;

  @BeforeAll
  static void createMirror() throws IOException {
    mirror = MirrorFolder.create(shared);
  }

  @BeforeEach
  void startServer() throws IOException {
    server = LoopbackServer.http(mirror.root);
    server.slowDown(Duration.ofMillis(40));
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void fill_twoThreadsDownloadOnce() throws Exception {
    Releases releases = Releases.builder()
        .catalogue(mirror.catalogue)
        .cacheDirectory(cache)
        .mirror(server.base().toString())
        .build();
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Path> fetch = () -> {
      start.await();
      return releases.fetch(release);
    };
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Path> first = threads.submit(fetch);
      Future<Path> second = threads.submit(fetch);

      start.countDown();

      assertEquals(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
      assertEquals(release.sha256(), Sha256.of(first.get()));
      assertEquals(1, server.requests());
      assertEquals(List.of("ics-attack-18.1.json"), releaseFiles());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void fill_twoProcessesDownloadOnce() throws Exception {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    List<Process> processes = new ArrayList<>();

    for (int i = 0; i < 2; i++) {
      processes.add(fetchInOtherJvm(release, logs.resolve("stderr-" + i + ".txt")));
    }

    for (int i = 0; i < processes.size(); i++) {
      Process process = processes.get(i);
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "JVM " + i + " did not finish");
      String errors = Files.readString(logs.resolve("stderr-" + i + ".txt"));
      assertEquals(0, process.exitValue(), errors);
      assertEquals(cache.resolve(release.fileName()).toString(), output.strip(), errors);
    }
    assertEquals(release.sha256(), Sha256.of(cache.resolve(release.fileName())));
    assertEquals(1, server.requests());
    assertEquals(List.of("ics-attack-18.1.json"), releaseFiles());
  }

  private Process fetchInOtherJvm(Release release, Path errors) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"),
        FetchMain.class.getName(),
        cache.toString(), server.base().toString(), mirror.catalogueFile.toString(),
        release.domain(), release.version(), release.stixVersion().label())
        .redirectError(errors.toFile())
        .start();
  }

  private List<String> releaseFiles() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(path -> path.getFileName().toString())
          .filter(name -> !name.endsWith(".lock"))
          .collect(Collectors.toList());
    }
  }
}
