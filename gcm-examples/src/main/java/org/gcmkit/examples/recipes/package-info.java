/**
 * Small runnable recipes, each a class with a {@code main}, showing how an application embeds gcm:
 * {@link org.gcmkit.examples.recipes.BuildMeetingInCode}, {@link
 * org.gcmkit.examples.recipes.ReadAndValidateJson}, {@link
 * org.gcmkit.examples.recipes.ConvertCsvToJson}, {@link
 * org.gcmkit.examples.recipes.EmbedWithOwnValidator}, {@link
 * org.gcmkit.examples.recipes.StreamLargeFile} and {@link
 * org.gcmkit.examples.recipes.ValidateAndConvertExamples}, the README's main job. The README's
 * snippets are taken from the regions between {@code snippet:} and {@code end snippet}.
 */
@NullMarked
package org.gcmkit.examples.recipes;

import org.jspecify.annotations.NullMarked;
