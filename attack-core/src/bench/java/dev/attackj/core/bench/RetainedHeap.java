package dev.attackj.core.bench;

import dev.attackj.core.KnowledgeBase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Prints the heap a loaded Enterprise 18.1 knowledge base retains: used heap after full
 * collections, with and without the knowledge base reachable.
 */
public final class RetainedHeap {

  private RetainedHeap() {}

  public static void main(String[] args) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    KnowledgeBase kb = KnowledgeBase.load(BenchData.enterpriseGz());
    long after = settledHeap(memory);
    System.out.printf("retained heap of the Enterprise 18.1 knowledge base: %.1f MB (%s)%n",
        (after - before) / 1e6, kb);
  }

  private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
