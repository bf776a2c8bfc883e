package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.release.Release;
import dev.attackj.core.release.StixVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DownloadProgressTest {

  private static final Release RELEASE =
      Release.official("ics", "18.1", StixVersion.STIX_2_0, "a".repeat(64));

  @Test
  void progress_plainLinePerTenth() {
    StringWriter text = new StringWriter();
    DownloadProgress progress = new DownloadProgress(new PrintWriter(text), false);

    for (long bytes = 0; bytes <= 2_000_000; bytes += 20_000) {
      progress.progress(RELEASE, bytes, OptionalLong.of(2_000_000));
    }
    progress.finish();

    String[] lines = text.toString().split("\n");
    assertEquals("Downloading ATT&CK ics 18.1 (STIX 2.0)", lines[0]);
    assertEquals(12, lines.length, text.toString());
    assertEquals("   50%  1.0 MB of 2.0 MB", lines[6]);
    assertEquals("  100%  2.0 MB of 2.0 MB", lines[11]);
  }

  @Test
  void progress_terminalBarEndsWithNewline() {
    StringWriter text = new StringWriter();
    DownloadProgress progress = new DownloadProgress(new PrintWriter(text), true);

    progress.progress(RELEASE, 500_000, OptionalLong.of(1_000_000));
    progress.progress(RELEASE, 1_000_000, OptionalLong.of(1_000_000));
    progress.finish();

    String output = text.toString();
    assertTrue(output.contains("\r[###############               ]  50% 0.5 MB of 1.0 MB"),
        output);
    assertTrue(output.endsWith("100% 1.0 MB of 1.0 MB\n"), output);
    assertTrue(progress.downloaded());
  }

  @Test
  void finish_silentWithoutDownload() {
    StringWriter text = new StringWriter();
    DownloadProgress progress = new DownloadProgress(new PrintWriter(text), true);

    progress.finish();

    assertEquals("", text.toString());
  }
}
