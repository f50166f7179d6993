/**
 * What the JSON and CSV packages share: {@link org.gcmkit.io.ReadResult}, the value and report a
 * reader returns. Readers report problems as {@link org.gcmkit.validation.Violation}s with the same
 * codes ({@link org.gcmkit.validation.Rule}) whichever format the data came in.
 */
package org.gcmkit.io;
