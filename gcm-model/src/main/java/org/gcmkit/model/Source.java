package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.CanonicalLanguageTags;
import org.gcmkit.validation.constraints.DistinctLanguageTags;
import org.gcmkit.validation.constraints.LanguageTag;
import org.gcmkit.validation.constraints.Warning;
import org.gcmkit.validation.constraints.WebAddress;
import org.immutables.value.Value;

/**
 * A document the data was taken from, such as a press release: publisher, date, dateline,
 * languages, and which source it translates.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Source implements DatasetRecord {
  Source() {}

  /** The source's id in its dataset. */
  @Override
  public abstract SourceId getId();

  /** {@return what kind of source} */
  public abstract SourceKind getKind();

  /** {@return the headline or title} */
  public abstract Optional<@Valid Text> getTitle();

  /** {@return who published it} */
  public abstract Optional<ActorId> getPublisher();

  /** {@return when it was published} */
  public abstract Optional<PartialDate> getDate();

  /** {@return the place in its dateline ("BAKU, Azerbaijan")} */
  public abstract Optional<@Valid Text> getDateline();

  /** {@return BCP 47 tags of the languages it is written in; a bilingual release has two} */
  @NotEmpty
  @DistinctLanguageTags
  @CanonicalLanguageTags(payload = Warning.class)
  public abstract List<@LanguageTag String> getLanguages();

  /** {@return the source this one translates} */
  public abstract Optional<SourceId> getTranslationOf();

  /** {@return where it was published} */
  public abstract Optional<@WebAddress String> getUrl();

  /** {@return the file the text was read from} */
  // Not @NotBlank: an empty Optional unwraps to null, which @NotBlank rejects, so no file would be
  // invalid.
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String>
      getFile();

  /** {@return press contacts named in it, in the order given} */
  public abstract List<PersonId> getContacts();

  /** {@return the document record this source is, when it is one (format 1.1)} */
  public abstract Optional<DocumentId> getDocument();

  /** {@return who the source has it from: "as the organisation told a news agency" (format 1.1)} */
  public abstract Optional<@Valid Text> getAttribution();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Source}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
