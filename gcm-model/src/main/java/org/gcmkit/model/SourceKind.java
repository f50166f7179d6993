package org.gcmkit.model;

/**
 * The kinds of {@link Source}.
 *
 * <p>In files each constant is written in lower case, for example {@code press_release}.
 */
public enum SourceKind {
  /** A press release. */
  PRESS_RELEASE,
  /** A news article. */
  NEWS_ARTICLE,
  /** A web page. */
  WEB_PAGE,
  /** A report or official document. */
  REPORT;
}
