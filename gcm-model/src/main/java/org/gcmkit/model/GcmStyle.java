package org.gcmkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied in {@code package-info.java}.
 *
 * <p>Accessors are named {@code getX}/{@code isX} because Jakarta Validation reads constraints only
 * from such getters; builder setters drop the prefix ({@code Meeting.builder().id(...)}). The
 * generated classes are package-private: callers use {@code X.builder()} and never name them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false, prehash = false))
@interface GcmStyle {}
