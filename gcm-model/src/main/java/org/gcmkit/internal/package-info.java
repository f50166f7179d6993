/**
 * Helpers that gcm's own modules share; it is <b>not</b> part of the API. Exported to gcm-io only.
 */
package org.gcmkit.internal;
