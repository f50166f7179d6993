/**
 * The GCM domain model: immutable, validated value types for the actors, meetings, documents,
 * projects, figures and sources of the Global Compact for Migration world.
 *
 * <p>The entry point is {@link org.gcmkit.model.Dataset}, which holds records that refer to each
 * other by typed ids. Every type is immutable and thread-safe, built with {@code X.builder()}; no
 * method accepts or returns null. Validate with {@link org.gcmkit.validation.GcmValidator} or any
 * Jakarta Validation provider: the constraints sit on the {@code getX} accessors.
 */
@GcmStyle
package org.gcmkit.model;
