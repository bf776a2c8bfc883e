package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadLimitsTest {

  /**
   * A gzip file of a bundle start followed by {@code gibibytes} GiB of blanks: one member of
   * 16 MiB of blanks repeated, since a gzip file may hold several members.
   */
  static byte[] bomb(int gibibytes) {
    byte[] blanks = new byte[16 << 20];
    Arrays.fill(blanks, (byte) ' ');
    byte[] member = Fuzzer.gzip(blanks);
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    bomb.writeBytes(Fuzzer.gzip("{\"type\": \"bundle\", \"objects\": [".getBytes(
        StandardCharsets.UTF_8)));
    for (int i = 0; i < gibibytes * 64; i++) {
      bomb.writeBytes(member);
    }
    return bomb.toByteArray();
  }

  @Test
  void stixRead_gzipBomb_failsFastNamingLimit() throws IOException {
    byte[] bomb = bomb(4);
    long start = System.nanoTime();

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().read(bomb, "bomb.json.gz"));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(bomb.length < 5_000_000, "bomb has " + bomb.length + " bytes");
    assertTrue(e.getMessage().contains("maxInflationRatio"), e.getMessage());
    assertTrue(e.getMessage().contains("ReadLimits.builder()"), e.getMessage());
    assertTrue(millis < 5_000, "took " + millis + " ms");
  }

  @Test
  void readAllBytes_inflationWithinRatio_reads() throws IOException {
    byte[] json = "[1, 2, 3]".repeat(1000).getBytes(StandardCharsets.UTF_8);

    byte[] read = ReadLimits.defaults().readAllBytes(
        new ByteArrayInputStream(Fuzzer.gzip(json)), "small.gz");

    assertArrayEquals(json, read);
  }

  @Test
  void readAllBytes_inflatedBeyondDocumentLimit_fails() throws IOException {
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(1000).build();
    byte[] compressed = Fuzzer.gzip(new byte[5000]);

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> limits.readAllBytes(new ByteArrayInputStream(compressed), "big.gz"));

    assertTrue(e.getMessage().contains("maxDocumentBytes = 1000"), e.getMessage());
    assertEquals("big.gz", e.problem().file());
  }

  @Test
  void readAllBytes_fileBeyondDocumentLimit_failsBeforeReading(@TempDir Path folder)
      throws IOException {
    Path file = Files.write(folder.resolve("large.json"), new byte[2048]);
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(1024).build();

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> limits.readAllBytes(file));

    assertTrue(e.getMessage().contains("the file has 2048 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("maxDocumentBytes"), e.getMessage());
  }

  @Test
  void stixRead_truncatedGzip_failsAsInvalidInput() {
    byte[] gzip = Fuzzer.gzip(FuzzSeeds.smallBundle());
    byte[] truncated = Arrays.copyOf(gzip, gzip.length / 2);

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().read(truncated, "cut.json.gz"));

    assertTrue(e.getMessage().contains("gzip data is corrupt or truncated"), e.getMessage());
  }

  @Test
  void stixRead_documentBeyondLimit_failsNamingLimit() {
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(100).build();

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().withLimits(limits).read(FuzzSeeds.smallBundle(), "b.json"));

    assertTrue(e.getMessage().contains("maxDocumentBytes"), e.getMessage());
  }

  @Test
  void builder_negativeLimit_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.builder().maxDocumentBytes(-1).build());
  }
}
