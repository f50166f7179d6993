/**
 * Worked examples of the gcm model: {@link org.gcmkit.examples.SeedDatasets} builds the five seed
 * press releases (English, Arabic, Russian and English) as validated datasets, one per source
 * document, with stable ids shared across them.
 */
package org.gcmkit.examples;
