/**
 * gcm-io: JSON and CSV readers and writers for the GCM model that validate as they read and
 * report every problem with its place.
 */
module org.gcmkit.io {
  requires transitive org.gcmkit.model;
  requires de.siegmar.fastcsv;
  requires tools.jackson.databind;
  requires static org.immutables.value.annotations;

  exports org.gcmkit.io;
  exports org.gcmkit.io.csv;
}
