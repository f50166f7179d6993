package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.CountryCode;
import org.immutables.value.Value;

/**
 * A declaration, charter, call to action, resolution, national action plan, review or report.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Document implements DatasetRecord {
  Document() {}

  /** The document's id in its dataset. */
  @Override
  public abstract DocumentId getId();

  /** {@return what kind of document} */
  public abstract DocumentKind getKind();

  /** {@return the title} */
  @Valid
  public abstract Text getTitle();

  /** {@return the subtitle, such as "Ensuring that migration benefits all" (format 1.1)} */
  public abstract Optional<@Valid Text> getSubtitle();

  /** {@return other names it goes by in sources, in the order given} */
  public abstract List<@Valid Text> getAliases();

  /**
   * {@return the UN document symbol, such as {@code A/RES/73/195}}
   *
   * <p>The quantifiers are possessive so that the matcher loops instead of recursing once per
   * {@code /} group (a greedy group overflowed the stack on a 3 KB symbol). The classes exclude
   * {@code /}, so no match ever needs to give a character back: the language is that of the plain
   * {@code [A-Z][A-Za-z0-9]*(/[A-Za-z0-9.()-]+)+}, which the JSON Schema states.
   */
  public abstract Optional<
          @Pattern(
              regexp = "[A-Z][A-Za-z0-9]*+(/[A-Za-z0-9.()-]++)++",
              message = "must be a document symbol such as A/RES/73/195")
          String>
      getSymbol();

  /** {@return where the document stands} */
  public abstract Optional<DocumentStatus> getStatus();

  /** {@return when it was adopted or published} */
  public abstract Optional<PartialDate> getDate();

  /** {@return where it was adopted} */
  public abstract Optional<@Valid Place> getPlace();

  /** {@return the period it covers, for plans and reviews} */
  public abstract Optional<@Valid DateSpan> getPeriod();

  /** {@return the country of a national plan or review} */
  public abstract Optional<@CountryCode String> getCountry();

  /** {@return actors who wrote, adopted, signed, endorse or implement it, in the order given} */
  public abstract List<@Valid Endorsement> getEndorsements();

  /**
   * {@return how it was adopted, endorsed, approved, affirmed or signed, each with its body,
   * meeting, date, method and votes, in the order given (format 1.1)}
   */
  public abstract List<@Valid Decision> getDecisions();

  /** {@return how it stands to other documents: endorses, implements, reviews... (format 1.1)} */
  public abstract List<@Valid DocumentRelation> getRelations();

  /** {@return the meeting where it was adopted or is presented} */
  public abstract Optional<MeetingId> getMeeting();

  /** {@return what it is about, in the order given} */
  public abstract List<@Valid Subject> getSubjects();

  /** {@return a summary} */
  public abstract Optional<@Valid Text> getDescription();

  /** {@return where it is mentioned, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Document}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
