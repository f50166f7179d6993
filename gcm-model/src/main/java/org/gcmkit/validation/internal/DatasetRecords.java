package org.gcmkit.validation.internal;

import java.util.List;
import java.util.Map;
import org.gcmkit.model.Dataset;

/** The record lists of a dataset with the property names they are written under. */
final class DatasetRecords {
  private DatasetRecords() {}

  /** The lists in file order, keyed by JSON property name. */
  static List<Map.Entry<String, List<?>>> of(Dataset d) {
    return List.of(
        Map.entry("sources", d.getSources()),
        Map.entry("actors", d.getActors()),
        Map.entry("persons", d.getPersons()),
        Map.entry("documents", d.getDocuments()),
        Map.entry("projects", d.getProjects()),
        Map.entry("meetings", d.getMeetings()),
        Map.entry("figures", d.getFigures()));
  }
}
