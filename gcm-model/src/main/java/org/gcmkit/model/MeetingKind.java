package org.gcmkit.model;

/**
 * What kind of gathering a {@link Meeting} is.
 *
 * <p>In files each constant is written in lower case, for example {@code meeting}.
 */
public enum MeetingKind {
  /** A meeting not further classified. */
  MEETING,
  /** A meeting between two parties. */
  BILATERAL_MEETING,
  /** A session of a working group. */
  WORKING_GROUP_SESSION,
  /** An online seminar or training-webinar. */
  WEBINAR,
  /** A training or capacity-building event. */
  TRAINING,
  /** An event that launches a project, network or document. */
  LAUNCH,
  /** A conference. */
  CONFERENCE,
  /** A forum, such as the International Migration Review Forum. */
  FORUM,
  /** A regional or global review of implementation. */
  REVIEW,
  /** A consultation of stakeholders. */
  CONSULTATION,
  /** A round table, often one thematic cluster of a forum. */
  ROUND_TABLE,
  /** A week, campaign or programme of several events, such as Migration Week 2022. */
  CAMPAIGN,
  /** A recurring series of meetings, such as yearly bilateral meetings. */
  SERIES;
}
