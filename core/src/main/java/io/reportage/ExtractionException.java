package io.reportage;

/** A stage of the pipeline failed on a document; names the stage and, where known, the offset. */
public class ExtractionException extends RuntimeException {
  private final String stage;
  private final int offset;

  public ExtractionException(String stage, int offset, Throwable cause) {
    super("Stage " + stage + " failed" + (offset >= 0 ? " near offset " + offset : "") + ": " + cause, cause);
    this.stage = stage;
    this.offset = offset;
  }

  /** The name of the stage that failed. */
  public String stage() {
    return stage;
  }

  /** The character offset the stage was working at, or -1 when unknown. */
  public int offset() {
    return offset;
  }
}
