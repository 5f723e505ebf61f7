package io.reportage;

/**
 * Our event types, each with the ACE 2005 type it corresponds to (null when ACE has none) and the
 * CAMEO code an event of this type takes when nothing more specific is known (null when CAMEO has
 * none). A record may carry a more specific CAMEO code than its type's (an appeal to cease
 * hostilities is 0256; a proposed meeting is 036, an intent to meet).
 *
 * <p>There is no "other" type: a word whose event reading is unsure yields no event.
 */
public enum EventType {
  /** People come together face to face: meetings, summits, talks, press conferences. CAMEO 040 consult. */
  MEETING("Contact:Meet", "040"),
  /** A telephone or video call. CAMEO 041 discuss by telephone. */
  PHONE_CALL("Contact:Phone-Write", "041"),
  /** Letters, e-mails and messages sent to someone. CAMEO has no code for writing as such. */
  CORRESPONDENCE("Contact:Phone-Write", null),
  /** Someone said or wrote something attributed to them. CAMEO 010 make statement. */
  STATEMENT(null, "010"),
  /** Someone urged, called on or appealed to another to do something. CAMEO 020 appeal. */
  APPEAL(null, "020"),
  /** Someone threatened another. CAMEO 130 threaten. */
  THREAT(null, "130"),
  /** An agreement, deal or treaty reached or signed. CAMEO 057 sign formal agreement. */
  AGREEMENT(null, "057"),
  /** Someone said they are ready or willing to meet or negotiate. CAMEO 036. */
  INTENT_TO_MEET_OR_NEGOTIATE(null, "036"),
  /** Violent physical harm or damage: attacks, bombings, shootings, fighting. CAMEO 190 use conventional military force. */
  ATTACK("Conflict:Attack", "190"),
  /** Protests, demonstrations, rallies, marches, strikes by workers. CAMEO 141 demonstrate or rally. */
  DEMONSTRATION("Conflict:Demonstrate", "141"),
  /** People or things move from one place to another. */
  TRANSPORT("Movement:Transport", null),
  /** Someone dies or is killed. */
  DEATH("Life:Die", null),
  /** Someone is arrested, detained or jailed. CAMEO 173 arrest, detain. */
  ARREST("Justice:Arrest-Jail", "173"),
  /** Money is paid, lent, donated or funded. */
  MONEY_TRANSFER("Transaction:Transfer-Money", null);

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
