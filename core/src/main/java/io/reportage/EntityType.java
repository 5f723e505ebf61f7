package io.reportage;

/** The kinds of named entity Reportage reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /**
   * A text or recording that states something, quoted as a source: a report, a ruling, a poll, a
   * letter ("“...,” the ruling said"). Unnamed; its mentions say what it is.
   */
  DOCUMENT
}
