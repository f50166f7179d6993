package org.gcmkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where benchmarks put the files that gcm's path-based APIs read. */
final class BenchFiles {
  private BenchFiles() {}

  /** A memory-backed folder (/dev/shm) when there is one, so files are read from RAM; else tmp. */
  static Path scratch() throws IOException {
    Path shm = Path.of("/dev/shm");
    Path base =
        Files.isDirectory(shm) && Files.isWritable(shm)
            ? shm
            : Path.of(System.getProperty("java.io.tmpdir"));
    return Files.createDirectories(base.resolve("gcm-bench"));
  }
}
