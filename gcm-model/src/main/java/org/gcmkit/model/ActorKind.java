package org.gcmkit.model;

/**
 * The closed list of kinds of {@link Actor}.
 *
 * <p>In files each constant is written in lower case, for example {@code state}.
 */
public enum ActorKind {
  /** A sovereign State, identified by its ISO 3166-1 code. */
  STATE,
  /** A ministry, agency, service or committee of a State. */
  GOVERNMENT_BODY,
  /** An organisation of States outside the UN system proper. */
  INTERGOVERNMENTAL_ORGANISATION,
  /** The United Nations, or an entity of the UN system such as IOM. */
  UN_ENTITY,
  /**
   * A network, task force or mechanism of several organisations, such as the UN Network on
   * Migration.
   */
  NETWORK,
  /** A city, municipality or regional government. */
  LOCAL_GOVERNMENT,
  /** An association of local governments, such as UCLG, or a regional section of one. */
  LOCAL_GOVERNMENT_ASSOCIATION,
  /** A non-governmental or community organisation. */
  CIVIL_SOCIETY,
  /** A university or research body. */
  ACADEMIA,
  /** A company or business association. */
  PRIVATE_SECTOR,
  /** A national human rights institution. */
  NATIONAL_HUMAN_RIGHTS_INSTITUTION,
  /** A news agency, broadcaster or publisher. */
  MEDIA,
  /** A working group or committee set up for a task, with a coordinator and members. */
  WORKING_GROUP;
}
