/**
 * The Jakarta Validation constraints of the GCM model beyond the standard ones: field rules ({@link
 * org.gcmkit.validation.constraints.LanguageTag}, {@link
 * org.gcmkit.validation.constraints.CountryCode}), cross-field rules and dataset rules ({@link
 * org.gcmkit.validation.constraints.UniqueIds}, {@link
 * org.gcmkit.validation.constraints.ReferencesResolve}). Any Jakarta Validation provider enforces
 * them; each maps to one {@link org.gcmkit.validation.Rule}.
 */
package org.gcmkit.validation.constraints;
