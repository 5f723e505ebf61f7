package io.reportage.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, redrawn in place. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final int total;

  ProgressBar(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  void update(int done, String current) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String name = current.length() > 40 ? current.substring(0, 37) + "..." : current;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name
        + " ".repeat(Math.max(0, 40 - name.length())));
    err.flush();
  }

  void finish() {
    err.println();
  }
}
