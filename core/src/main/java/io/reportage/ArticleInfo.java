package io.reportage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What is known about an article besides its text. */
public record ArticleInfo(Optional<LocalDate> published) {
  private static final ArticleInfo NONE = new ArticleInfo(Optional.empty());

  public ArticleInfo {
    Objects.requireNonNull(published, "published");
  }

  /** Nothing is known. */
  public static ArticleInfo none() {
    return NONE;
  }

  /** The article was published on {@code date}; relative times ("on Thursday") are resolved from it. */
  public static ArticleInfo published(LocalDate date) {
    return new ArticleInfo(Optional.of(Objects.requireNonNull(date, "date")));
  }
}
