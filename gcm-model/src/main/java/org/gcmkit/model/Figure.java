package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.CountryCode;
import org.immutables.value.Value;

/**
 * A number with its context: what was counted, in what unit, when, where, by whom, and as part of
 * which larger figure.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Figure implements DatasetRecord {
  Figure() {}

  /** The figure's id in its dataset. */
  @Override
  public abstract FigureId getId();

  /** {@return the value} */
  @PositiveOrZero
  public abstract BigDecimal getValue();

  /** {@return how exact the value is ("more than")} */
  public abstract Optional<FigureQualifier> getQualifier();

  /** {@return the unit, for example "persons"} */
  @Valid
  public abstract Text getUnit();

  /** {@return what was counted} */
  @Valid
  public abstract Text getMeasure();

  /** {@return the period counted} */
  public abstract Optional<@Valid DateSpan> getPeriod();

  /** {@return the ISO 3166-1 alpha-2 code of the country counted} */
  public abstract Optional<@CountryCode String> getCountry();

  /** {@return who reported the figure} */
  public abstract Optional<ActorId> getReportedBy();

  /** {@return the larger figure this one is a part of ("of which")} */
  public abstract Optional<FigureId> getPartOf();

  /** {@return objectives the figure bears on, in the order given} */
  public abstract List<@Valid Subject> getSubjects();

  /** {@return where the figure is stated, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return the meeting it counts, such as its participants (format 1.1)} */
  public abstract Optional<MeetingId> getMeeting();

  /** {@return the document it counts, such as a vote on it or its signatories (format 1.1)} */
  public abstract Optional<DocumentId> getDocument();

  /** {@return the project it measures (format 1.1)} */
  public abstract Optional<ProjectId> getProject();

  /** {@return the actor it counts, such as its members (format 1.1)} */
  public abstract Optional<ActorId> getActor();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Figure}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }
}
