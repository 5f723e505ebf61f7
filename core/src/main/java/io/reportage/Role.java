package io.reportage;

import java.util.Objects;

/**
 * A title or position an entity holds in the article: "spokesman" of the Kremlin.
 *
 * @param title the title in lower case ("spokesman", "foreign minister")
 * @param organization the id of the entity the title is held at or for, or null
 * @param start where the role is stated (offsets as in {@link Span})
 * @param end end of that statement, exclusive
 * @param former whether the article says the role is no longer held ("former", "ex-", "then-")
 */
public record Role(String title, String organization, int start, int end, boolean former) {
  public Role {
    Objects.requireNonNull(title, "title");
    new Span(start, end);
  }
}
