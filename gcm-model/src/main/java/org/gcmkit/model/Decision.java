package org.gcmkit.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.VoteCountsAddUp;
import org.immutables.value.Value;

/**
 * How a document was adopted, endorsed, approved, affirmed or signed (format 1.1): by which body or
 * meeting, when, how (by consensus, acclamation, a recorded vote with its counts, signature) and
 * through which instrument. The General Assembly's endorsement of the Compact is one: an
 * endorsement by the General Assembly, by recorded vote, 152 in favour, 5 against, 12 abstaining,
 * on 19 December 2018, through resolution 73/195.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@VoteCountsAddUp
public abstract class Decision {
  Decision() {}

  /** {@return what the decision did to the document} */
  public abstract DecisionKind getKind();

  /** {@return how it was taken} */
  public abstract Optional<DecisionMethod> getMethod();

  /** {@return the body that took it, such as the General Assembly} */
  public abstract Optional<ActorId> getBody();

  /** {@return the meeting where it was taken} */
  public abstract Optional<MeetingId> getMeeting();

  /** {@return when it was taken} */
  public abstract Optional<PartialDate> getDate();

  /** {@return the document that carried it, such as the resolution through which it was made} */
  public abstract Optional<DocumentId> getInstrument();

  /** {@return the votes in favour} */
  public abstract Optional<@PositiveOrZero BigDecimal> getInFavour();

  /** {@return the votes against} */
  public abstract Optional<@PositiveOrZero BigDecimal> getAgainst();

  /** {@return the abstentions} */
  public abstract Optional<@PositiveOrZero BigDecimal> getAbstaining();

  /** {@return the members present or entitled that did not vote} */
  public abstract Optional<@PositiveOrZero BigDecimal> getNotVoting();

  /**
   * {@return the total the source gives, which the counts given must add up to: all four exactly,
   * or fewer to no more than it}
   */
  public abstract Optional<@PositiveOrZero BigDecimal> getTotal();

  /** {@return where it is reported, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Decision}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
