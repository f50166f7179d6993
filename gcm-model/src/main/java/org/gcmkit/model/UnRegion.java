package org.gcmkit.model;

/**
 * The regions of the five UN regional commissions, by which the Compact's regional reviews are
 * organised (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code africa}.
 */
public enum UnRegion {
  /** Africa: the Economic Commission for Africa (ECA). */
  AFRICA,
  /** Europe, with North America and Central Asia: the Economic Commission for Europe (ECE). */
  EUROPE,
  /**
   * Latin America and the Caribbean: the Economic Commission for Latin America and the Caribbean
   * (ECLAC).
   */
  LATIN_AMERICA_AND_CARIBBEAN,
  /** Asia and the Pacific: the Economic and Social Commission for Asia and the Pacific (ESCAP). */
  ASIA_AND_PACIFIC,
  /** The Arab region: the Economic and Social Commission for Western Asia (ESCWA). */
  WESTERN_ASIA;
}
