/**
 * Worked examples of the gcm model: {@link org.gcmkit.examples.SeedDatasets} builds the five seed
 * press releases (English, Arabic, Russian and English) as validated datasets, one per source
 * document, with stable ids shared across them.
 */
@NullMarked
package org.gcmkit.examples;

import org.jspecify.annotations.NullMarked;
