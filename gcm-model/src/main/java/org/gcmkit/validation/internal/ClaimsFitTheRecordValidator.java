package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gcmkit.model.Claim;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.Suggestions;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.constraints.ClaimsFitTheRecord;

/**
 * Checks {@link ClaimsFitTheRecord} on a meeting, the one record that has claims, against the
 * metamodel: the property by name, and a scalar value by the same parser the readers use.
 */
public final class ClaimsFitTheRecordValidator
    implements ConstraintValidator<ClaimsFitTheRecord, Meeting>, ContextFreeCheck<Meeting> {
  /** What a claim cannot be about: the record's identity and bookkeeping. */
  private static final Set<String> NOT_CLAIMED = Set.of("id", "sources", "claims");

  /** What {@link Claim#getProperty()} must look like; other names are its own rule's to report. */
  private static final java.util.regex.Pattern FIELD_NAME =
      java.util.regex.Pattern.compile("[a-z][A-Za-z]*");

  /** Creates the validator; called by the Jakarta Validation provider. */
  public ClaimsFitTheRecordValidator() {}

  @Override
  public boolean passes(Meeting meeting) {
    if (meeting == null) {
      return true;
    }
    for (Claim c : meeting.getClaims()) {
      if (problem(c).isPresent()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isValid(Meeting meeting, ConstraintValidatorContext context) {
    if (passes(meeting)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    List<Claim> claims = meeting.getClaims();
    for (int i = 0; i < claims.size(); i++) {
      Optional<String[]> p = problem(claims.get(i));
      if (p.isPresent()) {
        context
            .buildConstraintViolationWithTemplate(Messages.literal(p.get()[1]))
            .addPropertyNode("claims")
            .addPropertyNode(p.get()[0])
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return false;
  }

  /** The field at fault ({@code property} or {@code value}) and the message, if any. */
  private static Optional<String[]> problem(Claim claim) {
    Shape shape = Shape.of(Meeting.class);
    String name = claim.getProperty();
    if (!FIELD_NAME.matcher(name).matches() || claim.getValue().isBlank()) {
      return Optional.empty(); // the claim's own field rules report it
    }
    Optional<Property> property =
        NOT_CLAIMED.contains(name) ? Optional.empty() : shape.property(name);
    if (property.isEmpty()) {
      List<String> names = shape.names().stream().filter(n -> !NOT_CLAIMED.contains(n)).toList();
      return Optional.of(
          new String[] {
            "property",
            "expected a property of a meeting ("
                + String.join(", ", names)
                + ") but was '"
                + name
                + "'"
                + Suggestions.closest(name, names)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("")
          });
    }
    Property p = property.get();
    ValueKind kind = p.kind();
    if (!kind.isScalar() || kind == ValueKind.STRING || kind == ValueKind.TEXT) {
      return Optional.empty(); // free text, or an object a claim states in words
    }
    try {
      Scalars.parse(kind, p.elementType(), claim.getValue());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(new String[] {"value", e.getMessage() + " for the claimed " + name});
    }
  }
}
