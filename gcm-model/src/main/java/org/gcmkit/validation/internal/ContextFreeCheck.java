package org.gcmkit.validation.internal;

/**
 * The rule of one of gcm's constraint validators, answerable without a Jakarta context: {@link
 * Precheck} calls it on the fast path, and the validator's {@code isValid} calls it before it
 * builds its messages, so the two can never disagree.
 *
 * @param <T> the type the constraint applies to
 */
interface ContextFreeCheck<T> {
  /** Whether {@code value} satisfies the constraint; null passes, as in Jakarta Validation. */
  boolean passes(T value);
}
