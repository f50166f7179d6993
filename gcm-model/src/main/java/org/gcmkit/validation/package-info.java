/**
 * Validation of the GCM model: {@link org.gcmkit.validation.GcmValidator} returns a {@link
 * org.gcmkit.validation.ValidationReport} of every {@link org.gcmkit.validation.Violation}, each
 * with a stable {@link org.gcmkit.validation.Rule} code, a severity, a JSON Pointer and, when read
 * from a file, a {@link org.gcmkit.validation.Location}. The same report type serves the JSON and
 * CSV readers of gcm-io. Every type here is immutable and thread-safe and no method accepts or
 * returns null.
 */
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false, prehash = false))
package org.gcmkit.validation;

import org.immutables.value.Value;
