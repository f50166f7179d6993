/**
 * The code lists of the compacts: {@link org.gcmkit.codes.GcmObjective}, {@link
 * org.gcmkit.codes.GuidingPrinciple}, {@link org.gcmkit.codes.GcrObjective} and {@link
 * org.gcmkit.codes.Compact}, versioned together by {@link org.gcmkit.codes.CodeLists#VERSION}. All
 * types here are immutable enums.
 */
package org.gcmkit.codes;
