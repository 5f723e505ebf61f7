package io.reportage.pipeline;

import java.util.Set;

/**
 * One step of the pipeline. A stage is built once and shared by every thread, so it keeps no state
 * about the document it is working on: what it learns goes into the {@link Document}.
 */
public interface Stage {
  /** A short name for errors and logs. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** The layers this stage reads; the pipeline checks they are provided by earlier stages. */
  Set<Layer> requires();

  /** The layers this stage adds. */
  Set<Layer> provides();

  /** Reads the required layers of {@code doc} and adds the provided ones. */
  void apply(Document doc);
}
