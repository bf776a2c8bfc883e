package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingThreadTest {

  /** A bound for runs that would otherwise hang, far above their normal time. */
  private static final Duration HANG = Duration.ofSeconds(60);

  private static final int MANY = MappingThread.BATCH * 200;

  @Test
  void finish_mapsEveryElementInOrder() throws InterruptedIOException {
    List<Integer> mapped = new ArrayList<>();
    MappingThread<Integer> thread = new MappingThread<>(mapped::add);

    for (int i = 0; i < MANY + 7; i++) {
      thread.accept(i);
    }
    thread.finish();

    assertEquals(MANY + 7, mapped.size());
    assertEquals(MANY + 6, mapped.get(MANY + 6));
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Test
  void accept_errorOfMapping_thrownInsteadOfHanging() {
    StackOverflowError error = new StackOverflowError("deep");
    MappingThread<Integer> thread = new MappingThread<>(i -> {
      if (i == 300) {
        throw error;
      }
    });

    StackOverflowError thrown = assertTimeoutPreemptively(HANG,
        () -> assertThrows(StackOverflowError.class, () -> {
          for (int i = 0; i < MANY; i++) {
            thread.accept(i);
          }
          thread.finish();
        }));

    assertSame(error, thrown);
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Test
  void finish_afterFailureAtHandOver() {
    IllegalStateException failure = new IllegalStateException("bad element");
    MappingThread<Integer> thread = new MappingThread<>(i -> {
      if (i == 10) {
        throw failure;
      }
    });
    IllegalStateException first = assertThrows(IllegalStateException.class, () -> {
      for (int i = 0; i < MANY; i++) {
        thread.accept(i);
      }
    });

    IllegalStateException second = assertThrows(IllegalStateException.class, thread::finish);

    assertSame(failure, first);
    assertSame(failure, second);
    assertSame(failure, thread.failure());
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Test
  void abandon_midway_endsThreadAndMapsNoMore() throws InterruptedIOException {
    List<Integer> mapped = new ArrayList<>();
    MappingThread<Integer> thread = new MappingThread<>(mapped::add);
    for (int i = 0; i < MappingThread.BATCH * 3; i++) {
      thread.accept(i);
    }

    thread.abandon();
    int count = mapped.size();
    thread.abandon();

    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
    assertEquals(count, mapped.size());
  }
}
