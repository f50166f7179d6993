package org.gcmkit.model;

import org.immutables.value.Value;

/**
 * A typed link from one document to another (format 1.1): the document that holds it {@link
 * #getKind() endorses, implements, reviews...} the target.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class DocumentRelation {
  DocumentRelation() {}

  /** {@return how the documents relate} */
  public abstract DocumentRelationKind getKind();

  /** {@return the other document} */
  public abstract DocumentId getTarget();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link DocumentRelation}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableDocumentRelation.Builder {
    Builder() {}
  }
}
