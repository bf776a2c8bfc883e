package dev.attackj.core;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A second thread, owned by one reader, that maps the objects of a bundle while the reader parses
 * on, so that reading and mapping overlap on machines with more than one core. Elements are
 * handed over in batches and mapped in the order they were read. A failure of the mapping (a
 * problem in strict mode) is thrown to the reader at its next hand-over or at {@link #finish()}.
 * Once {@link #finish()} or {@link #abandon()} returns, or any method throws, the thread has
 * ended, so no reader leaves it behind.
 */
final class MappingThread<T> {

  /** The number of objects per hand-over, large enough that the queue costs little. */
  static final int BATCH = 256;

  private final List<T> end = new ArrayList<>(0);
  private final BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(32);
  private final Consumer<T> mapping;
  private final Thread thread;
  /** The first exception or error of the mapping. The thread maps nothing after it. */
  private volatile Throwable failure;
  private volatile boolean abandoned;
  /** Whether the thread has been joined. Only the reader's thread reads and writes it. */
  private boolean ended;
  private List<T> batch = new ArrayList<>(BATCH);

  MappingThread(Consumer<T> mapping) {
    this.mapping = mapping;
    this.thread = new Thread(this::run, "attackj-stix-mapping");
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns whether the machine has a second core to map on. */
  static boolean hasSecondCore() {
    return Runtime.getRuntime().availableProcessors() > 1;
  }

  private void run() {
    try {
      for (List<T> taken = batches.take(); taken != end; taken = batches.take()) {
        if (failure == null) {
          mapAll(taken);
        }
      }
    } catch (InterruptedException e) {
      if (!abandoned) {
        // Only the reader may stop the mapping, so an interrupt from elsewhere is a failure.
        failure = new IllegalStateException("the STIX mapping thread was interrupted");
      }
      Thread.currentThread().interrupt();
    }
  }

  private void mapAll(List<T> elements) {
    try {
      for (T element : elements) {
        if (abandoned) {
          return;
        }
        mapping.accept(element);
      }
    } catch (RuntimeException | Error e) {
      // An error, such as running out of memory, is passed on too. Otherwise the reader would
      // wait for a thread that has died, or return without the objects it had handed over.
      failure = e;
    }
  }

  /** Queues one element, handing over a full batch. */
  void accept(T element) throws InterruptedIOException {
    batch.add(element);
    if (batch.size() == BATCH) {
      hand(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /**
   * Hands over the last elements and waits until every element is mapped. After the thread has
   * ended, it only throws the failure of the mapping, if any.
   */
  void finish() throws InterruptedIOException {
    if (!ended) {
      if (!batch.isEmpty()) {
        hand(batch);
      }
      hand(end);
      try {
        thread.join();
      } catch (InterruptedException e) {
        abandon();
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while mapping STIX objects");
      }
      ended = true;
    }
    throwFailure();
  }

  /** Returns the failure of the mapping, or null while every element mapped so far succeeded. */
  Throwable failure() {
    return failure;
  }

  /**
   * Stops the thread after the reader failed and waits until it has ended, which takes at most
   * the mapping of one object. An interrupt of the caller is kept for the caller to see.
   */
  void abandon() {
    if (ended) {
      return;
    }
    abandoned = true;
    thread.interrupt();
    Uninterruptibles.joinUninterruptibly(thread);
    ended = true;
  }

  private void hand(List<T> elements) throws InterruptedIOException {
    try {
      // Waits for room in steps, because a thread that has failed takes no more batches and
      // would leave the reader waiting forever.
      do {
        if (failure != null) {
          abandon();
          throwFailure();
        }
      } while (!batches.offer(elements, 50, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      abandon();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading STIX objects");
    }
  }

  private void throwFailure() {
    Throwable thrown = failure;
    if (thrown instanceof RuntimeException exception) {
      throw exception;
    } else if (thrown instanceof Error error) {
      throw error;
    }
  }
}
