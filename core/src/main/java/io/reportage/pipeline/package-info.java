/**
 * Internal: the working {@link io.reportage.pipeline.Document}, the {@link io.reportage.pipeline.Stage}
 * contract, the {@link io.reportage.pipeline.Layer}s and the checked {@link io.reportage.pipeline.Pipeline}
 * that the extractor runs. Public only because the stages of the feature packages and the project's
 * own trainers and benchmarks need it; it is not part of the library's API and changes without
 * notice. Users read results through {@code io.reportage.Extractor} and {@code io.reportage.Analysis}.
 *
 * <p>This package reads only the public types of {@code io.reportage}; no feature package is known
 * here (see the package dependency test).
 */
package io.reportage.pipeline;
