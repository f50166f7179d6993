/**
 * The CSV form of a GCM dataset: a Frictionless data package of one CSV file per record type and
 * child tables for nested lists, read with every problem located and written atomically. The entry
 * point is {@link org.gcmkit.io.csv.GcmCsv}; the form is described in {@code docs/csv-format.md}.
 */
package org.gcmkit.io.csv;
