package io.reportage.spark;

import io.reportage.Extractor;
import io.reportage.Profile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Extractor} per profile and JVM, built by the first task that needs it and shared by
 * every later task of that executor: an extractor is thread-safe and costs seconds to build, so
 * neither one per task nor one broadcast from the driver (it is not serializable, and its models
 * are on every executor's class path anyway).
 */
final class ExtractorHolder {
  private static final Map<Profile, Extractor> EXTRACTORS = new ConcurrentHashMap<>();

  private ExtractorHolder() {
  }

  /** The JVM's extractor for {@code profile}; a build that fails is tried again by the next caller. */
  static Extractor get(Profile profile) {
    return EXTRACTORS.computeIfAbsent(profile, p -> Extractor.builder().profile(p).build());
  }
}
