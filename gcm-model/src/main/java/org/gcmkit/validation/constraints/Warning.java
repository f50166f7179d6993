package org.gcmkit.validation.constraints;

import jakarta.validation.Payload;

/**
 * The Jakarta payload that marks a constraint as a warning: the data is suspect but usable, so a
 * report with only warnings is valid. Any Jakarta provider carries it on each violation ({@code
 * violation.getConstraintDescriptor().getPayload()}), so an application on any provider can tell a
 * warning from an error; {@link org.gcmkit.validation.GcmValidator} reports such a violation with
 * {@link org.gcmkit.validation.Severity#WARNING}. A constraint without it is an error.
 *
 * <pre>{@code
 * @HeldHasDate(payload = Warning.class)
 * public abstract class Meeting { ... }
 *
 * boolean warning = violation.getConstraintDescriptor().getPayload().contains(Warning.class);
 * }</pre>
 */
public interface Warning extends Payload {}
