package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in a meeting's schedule history (format 1.1): the dates or status announced, when, and
 * by which source. Unlike a {@link Claim}, which keeps sources that disagree, each step was true
 * when it was made.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class ScheduleChange {
  ScheduleChange() {}

  /** {@return the dates announced at this step, in order} */
  public abstract List<@Valid DateSpan> getDates();

  /** {@return the status announced at this step: planned, postponed...} */
  public abstract Optional<MeetingStatus> getStatus();

  /** {@return when the change was made or announced} */
  public abstract Optional<PartialDate> getAnnounced();

  /** {@return where it was announced} */
  public abstract Optional<SourceId> getSource();

  /** {@return what changed, in words} */
  public abstract Optional<@Valid Text> getNote();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ScheduleChange}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableScheduleChange.Builder {
    Builder() {}
  }
}
