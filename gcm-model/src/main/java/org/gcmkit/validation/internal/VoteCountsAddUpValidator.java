package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gcmkit.model.Decision;
import org.gcmkit.model.meta.ValueLimits;
import org.gcmkit.validation.constraints.VoteCountsAddUp;

/** Checks {@link VoteCountsAddUp}. */
public final class VoteCountsAddUpValidator
    implements ConstraintValidator<VoteCountsAddUp, Decision>, ContextFreeCheck<Decision> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public VoteCountsAddUpValidator() {}

  @Override
  public boolean passes(Decision decision) {
    if (decision == null || decision.getTotal().isEmpty()) {
      return true;
    }
    BigDecimal total = decision.getTotal().get();
    if (total.signum() < 0
        || counts(decision).stream().anyMatch(c -> c.isPresent() && c.get().signum() < 0)) {
      return true; // a negative count is the range rule's to report
    }
    if (!tame(total) || counts(decision).stream().anyMatch(c -> c.isPresent() && !tame(c.get()))) {
      // Adding 1e999999999 to 1 would build a number of a billion digits: such counts are only
      // compared one by one with the total.
      return counts(decision).stream().allMatch(c -> c.isEmpty() || c.get().compareTo(total) <= 0);
    }
    int c = sum(decision).compareTo(total);
    return all(decision) ? c == 0 : c <= 0;
  }

  @Override
  public boolean isValid(Decision decision, ConstraintValidatorContext context) {
    if (passes(decision)) {
      return true;
    }
    BigDecimal total = decision.getTotal().orElseThrow();
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            Messages.literal(
                "expected the votes in favour, against, abstaining and not voting to add up to "
                    + (all(decision) ? "" : "no more than ")
                    + "the total "
                    + ValueLimits.formatNumber(total)
                    + " but they add up to "
                    + (tame(total) ? ValueLimits.formatNumber(sum(decision)) : "more")))
        .addPropertyNode("total")
        .addConstraintViolation();
    return false;
  }

  /** Whether {@code v} has few enough digits on both sides of the point to be added exactly. */
  private static boolean tame(BigDecimal v) {
    return v.scale() <= 30 && v.precision() - v.scale() <= 30;
  }

  private static List<Optional<BigDecimal>> counts(Decision d) {
    return List.of(d.getInFavour(), d.getAgainst(), d.getAbstaining(), d.getNotVoting());
  }

  private static boolean all(Decision d) {
    return counts(d).stream().allMatch(Optional::isPresent);
  }

  private static BigDecimal sum(Decision d) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Optional<BigDecimal> c : counts(d)) {
      sum = sum.add(c.orElse(BigDecimal.ZERO));
    }
    return sum;
  }
}
