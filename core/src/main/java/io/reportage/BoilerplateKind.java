package io.reportage;

/** What a stretch of site boilerplate is. */
public enum BoilerplateKind {
  /** A line of separators ("••••", "* * *"). */
  SEPARATOR,
  /** A request for donations or subscriptions. */
  DONATION_APPEAL,
  /** Rules for comments. */
  COMMENT_POLICY,
  /** A legal or medical disclaimer, copyright or fair-use notice. */
  DISCLAIMER,
  /** A comment form or the invitation to comment ("Leave a Reply"). */
  COMMENT_FORM,
  /** Sharing, newsletter and other site furniture. */
  SITE_FURNITURE
}
