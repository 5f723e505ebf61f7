package io.reportage;

import java.util.Objects;

/**
 * A participant of an event.
 *
 * @param role an ACE role name: Attacker, Target, Victim, Agent, Person, Entity, Place, Origin,
 *     Destination, Artifact, Giver, Recipient, Money, Instrument
 * @param entity the id of the entity that fills the role, or null when it is not an entity
 */
public record Argument(String role, String entity, int start, int end, String text) {
  public Argument {
    Objects.requireNonNull(role, "role");
    new Span(start, end);
    Objects.requireNonNull(text, "text");
  }
}
