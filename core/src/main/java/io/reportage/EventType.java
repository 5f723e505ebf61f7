package io.reportage;

/**
 * Our event types, each with the ACE 2005 type it corresponds to (null when ACE has none) and the
 * CAMEO code an event of this type takes when nothing more specific is known (null when CAMEO has none).
 */
public enum EventType {
  MEETING("Contact:Meet", "040"),
  PHONE_CALL("Contact:Phone-Write", "041"),
  CORRESPONDENCE("Contact:Phone-Write", null),
  STATEMENT(null, "010"),
  APPEAL(null, "020"),
  THREAT(null, "130"),
  AGREEMENT(null, "030"),
  INTENT_TO_MEET_OR_NEGOTIATE(null, "036"),
  ATTACK("Conflict:Attack", "190"),
  DEMONSTRATION("Conflict:Demonstrate", "141"),
  TRANSPORT("Movement:Transport", null),
  DEATH("Life:Die", null),
  ARREST("Justice:Arrest-Jail", "173"),
  MONEY_TRANSFER("Transaction:Transfer-Money", "071");

  private final String ace;
  private final String cameo;

  EventType(String ace, String cameo) {
    this.ace = ace;
    this.cameo = cameo;
  }

  /** The ACE 2005 event type ("Contact:Meet"), or null. */
  public String ace() {
    return ace;
  }

  /** The CAMEO code for an event of this type when nothing more specific is known, or null. */
  public String cameo() {
    return cameo;
  }
}
