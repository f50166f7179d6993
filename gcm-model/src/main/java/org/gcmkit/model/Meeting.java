package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.HeldHasDate;
import org.gcmkit.validation.constraints.HybridHasLocations;
import org.immutables.value.Value;

/**
 * A meeting, event, or series of them: its kind, format, status, dates, place, participants and
 * what came of it.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
@HybridHasLocations
@HeldHasDate
public abstract class Meeting implements DatasetRecord {
  Meeting() {}

  /** The meeting's id in its dataset. */
  @Override
  public abstract MeetingId getId();

  /** What kind of gathering. */
  public abstract MeetingKind getKind();

  /** The title or a short description standing for one. */
  @Valid
  public abstract Text getTitle();

  /** Where the meeting stands. */
  public abstract MeetingStatus getStatus();

  /** How it is held; see {@link #getClaims()} where sources disagree. */
  public abstract Optional<MeetingFormat> getFormat();

  /** When it is or was held: several spans for non-contiguous days, in the order given. */
  public abstract List<@Valid DateSpan> getDates();

  /** Where it is held. */
  public abstract Optional<@Valid Place> getPlace();

  /** How to join remotely. */
  public abstract Optional<@Valid VirtualLocation> getVirtualLocation();

  /** Who took part and how, in the order given. */
  public abstract List<@Valid Participation> getParticipations();

  /** The wider event or series this meeting belongs to. */
  public abstract Optional<MeetingId> getPartOf();

  /**
   * The project the meeting is held under ("held as part of IOM's ... National Project"); a project
   * the meeting launches is an {@link Outcome} instead.
   */
  public abstract Optional<ProjectId> getProject();

  /** Meetings this one prepares, follows up or proposes, in the order given. */
  public abstract List<@Valid MeetingLink> getLinks();

  /** Topics discussed, in the order given. */
  public abstract List<@Valid Text> getTopics();

  /** Statements by speakers, in the order given. */
  public abstract List<@Valid Statement> getStatements();

  /** What came of it, in the order given. */
  public abstract List<@Valid Outcome> getOutcomes();

  /** Which compacts, objectives or principles it addresses, in the order given. */
  public abstract List<@Valid Subject> getSubjects();

  /** A summary. */
  public abstract Optional<@Valid Text> getDescription();

  /** Values that sources give where they disagree, in the order given. */
  public abstract List<@Valid Claim> getClaims();

  /** Where the meeting is reported, in the order given. */
  public abstract List<SourceId> getSources();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this instance's values, to derive a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Meeting}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
