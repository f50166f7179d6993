package org.gcmkit.model;

/**
 * The geographic reach of a meeting (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code global}.
 */
public enum MeetingScope {
  /** Global, such as the International Migration Review Forum. */
  GLOBAL,
  /** Regional, such as a regional review. */
  REGIONAL,
  /** National. */
  NATIONAL,
  /** Local: a city or a district. */
  LOCAL;
}
