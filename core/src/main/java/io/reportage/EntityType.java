package io.reportage;

/** The kinds of named entity Reportage reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
