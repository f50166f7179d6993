/**
 * Internal: <strong>not</strong> a part of gcm's API, and not exported; it may change in any
 * release. The constraint validators behind {@link org.gcmkit.validation.constraints}, the precheck
 * that answers valid values without starting the Jakarta provider, and the dataset indexes that
 * {@link org.gcmkit.validation.StreamValidator} keeps.
 */
package org.gcmkit.validation.internal;
