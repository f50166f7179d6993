/**
 * Internal: <strong>not</strong> a part of gcm's API, and not exported; it may change in any
 * release. Shared by the JSON and CSV packages, not exported: the reflective description of the model
 * ({@link org.gcmkit.io.internal.Shape}, {@link org.gcmkit.io.internal.Property}) that readers,
 * writers and schema generators walk, scalar conversions and "did you mean" suggestions.
 */
package org.gcmkit.io.internal;
