import org.jspecify.annotations.NullMarked;

/**
 * gcm-io: JSON and CSV readers and writers for the GCM model that validate as they read and report
 * every problem with its place.
 */
@NullMarked
module org.gcmkit.io {
  requires transitive org.gcmkit.model;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;
  requires de.siegmar.fastcsv;

  exports org.gcmkit.io;
  exports org.gcmkit.io.csv;
  exports org.gcmkit.io.json;

  // Found by JsonMapper.builder().findAndAddModules(), as Spring Boot calls it.
  provides tools.jackson.databind.JacksonModule with
      org.gcmkit.io.json.GcmModule;
}
