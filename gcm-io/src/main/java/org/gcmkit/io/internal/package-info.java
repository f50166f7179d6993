/**
 * Internal: <strong>not</strong> a part of gcm's API, and not exported; it may change in any
 * release. What the JSON and CSV packages share beyond gcm-model's metamodel: strict UTF-8
 * decoding, the filtering of violations that only echo a value that failed to read, and the reading
 * of parts on several threads (their order, their lookups in the merge's id index).
 */
package org.gcmkit.io.internal;
