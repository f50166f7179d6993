/**
 * JSON and JSON Lines for the GCM model. The entry point is {@link org.gcmkit.io.json.GcmJson}: it
 * reads datasets and model values with a located report of every problem, validates large files
 * record by record, writes canonical JSON atomically, renders reports as JSON, and offers a Jackson
 * module and the JSON Schemas of the formats. {@link org.gcmkit.io.json.JsonLimits} sets the read
 * limits.
 */
package org.gcmkit.io.json;
