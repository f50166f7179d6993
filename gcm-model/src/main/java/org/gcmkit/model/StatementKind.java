package org.gcmkit.model;

/**
 * Whether a {@link Statement} gives the speaker's words or their gist.
 *
 * <p>In files each constant is written in lower case, for example {@code quote}.
 */
public enum StatementKind {
  /** The speaker's words, quoted. */
  QUOTE,
  /** What the speaker said, in the source's words. */
  PARAPHRASE;
}
