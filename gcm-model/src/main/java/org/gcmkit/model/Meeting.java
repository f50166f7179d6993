package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.ClaimsFitTheRecord;
import org.gcmkit.validation.constraints.HeldHasDate;
import org.gcmkit.validation.constraints.HybridHasLocations;
import org.gcmkit.validation.constraints.Warning;
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
@HeldHasDate(payload = Warning.class)
@ClaimsFitTheRecord
public abstract class Meeting implements DatasetRecord {
  Meeting() {}

  /** The meeting's id in its dataset. */
  @Override
  public abstract MeetingId getId();

  /** {@return what kind of gathering} */
  public abstract MeetingKind getKind();

  /** {@return the title or a short description standing for one} */
  @Valid
  public abstract Text getTitle();

  /** {@return where the meeting stands} */
  public abstract MeetingStatus getStatus();

  /** {@return how it is held; see {@link #getClaims()} where sources disagree} */
  public abstract Optional<MeetingFormat> getFormat();

  /** {@return when it is or was held: several spans for non-contiguous days, in the order given} */
  public abstract List<@Valid DateSpan> getDates();

  /** {@return where it is held} */
  public abstract Optional<@Valid Place> getPlace();

  /** {@return how to join remotely} */
  public abstract Optional<@Valid VirtualLocation> getVirtualLocation();

  /** {@return who took part and how, in the order given} */
  public abstract List<@Valid Participation> getParticipations();

  /** {@return the wider event or series this meeting belongs to} */
  public abstract Optional<MeetingId> getPartOf();

  /**
   * {@return the project the meeting is held under ("held as part of IOM's ..} National Project");
   * a project the meeting launches is an {@link Outcome} instead.
   */
  public abstract Optional<ProjectId> getProject();

  /** {@return meetings this one prepares, follows up or proposes, in the order given} */
  public abstract List<@Valid MeetingLink> getLinks();

  /**
   * {@return the documents prepared for the meeting, presented or decided at it, with that role
   * (format 1.1)}
   */
  public abstract List<@Valid MeetingDocument> getDocuments();

  /** {@return its number in a series: the third edition, session 2 (format 1.1)} */
  public abstract Optional<@Positive BigDecimal> getEdition();

  /** {@return its geographic reach: global, regional, national or local (format 1.1)} */
  public abstract Optional<MeetingScope> getScope();

  /**
   * {@return the UN region of a regional meeting, by regional commission, such as the Asia-Pacific
   * review of the Compact (format 1.1)}
   */
  public abstract Optional<UnRegion> getRegion();

  /**
   * {@return the history of its schedule: the dates and status announced, then changed, each with
   * when and where it was announced (format 1.1)}
   */
  public abstract List<@Valid ScheduleChange> getSchedule();

  /** {@return topics discussed, in the order given} */
  public abstract List<@Valid Text> getTopics();

  /** {@return statements by speakers, in the order given} */
  public abstract List<@Valid Statement> getStatements();

  /** {@return what came of it, in the order given} */
  public abstract List<@Valid Outcome> getOutcomes();

  /** {@return which compacts, objectives or principles it addresses, in the order given} */
  public abstract List<@Valid Subject> getSubjects();

  /** {@return a summary} */
  public abstract Optional<@Valid Text> getDescription();

  /** {@return values that sources give where they disagree, in the order given} */
  public abstract List<@Valid Claim> getClaims();

  /** {@return where the meeting is reported, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Meeting}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
