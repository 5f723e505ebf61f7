package io.reportage.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return. Messages
 * printed while it shows go through {@link #message} so that they do not run into the bar.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final int NAME_WIDTH = 40;
  private final PrintStream err;
  private final int total;
  private boolean drawn;

  ProgressBar(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  /** Shows that {@code done} of the files are finished and {@code current} is being read. */
  void update(int done, String current) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String name = current.length() > NAME_WIDTH ? current.substring(0, NAME_WIDTH - 3) + "..." : current;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name
        + " ".repeat(NAME_WIDTH - name.length()));
    err.flush();
    drawn = true;
  }

  /** Prints a message on a line of its own; the bar is redrawn by the next update. */
  void message(String line) {
    if (drawn) {
      err.println();
      drawn = false;
    }
    err.println(line);
  }

  void finish() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }
}
