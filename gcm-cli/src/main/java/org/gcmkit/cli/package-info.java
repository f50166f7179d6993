/**
 * The {@code gcm} command line; {@link org.gcmkit.cli.Gcm} is the entry point. Not a library API:
 * applications embed gcm-io instead.
 */
@NullMarked
package org.gcmkit.cli;

import org.jspecify.annotations.NullMarked;
