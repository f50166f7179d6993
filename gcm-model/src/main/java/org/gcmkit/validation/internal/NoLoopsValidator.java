package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DatasetRecord;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Violation;
import org.gcmkit.validation.constraints.NoLoops;

/** Checks {@link NoLoops}: each loop once, at the reference of its first record. */
public final class NoLoopsValidator
    implements ConstraintValidator<NoLoops, Dataset>, ContextFreeCheck<Dataset> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public NoLoopsValidator() {}

  @Override
  public boolean passes(Dataset dataset) {
    return dataset == null || loops(dataset, new HashMap<>()).isEmpty();
  }

  @Override
  public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
    if (dataset == null) {
      return true;
    }
    Map<String, List<Object>> paths = new HashMap<>();
    List<Violation> found = loops(dataset, paths);
    if (found.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Violation v : found) {
      Paths.addViolation(
          context,
          v.getMessage(),
          java.util.Objects.requireNonNull(paths.get(v.getPointer()), "every loop has a path"));
    }
    return false;
  }

  /** The loops of {@code dataset}, filling {@code paths} with the path of each pointer. */
  private static List<Violation> loops(Dataset dataset, Map<String, List<Object>> paths) {
    Chains chains = new Chains();
    java.util.Set<IdKey> seen = new java.util.HashSet<>();
    for (RecordType type : RecordType.values()) {
      List<? extends DatasetRecord> list = type.recordsOf(dataset);
      for (int i = 0; i < list.size(); i++) {
        DatasetRecord record = list.get(i);
        if (!seen.add(new IdKey(record.getId()))) {
          continue; // a duplicate id is reported as such; its links would only echo it
        }
        int index = i;
        Chains.linksOf(
            record,
            (property, target) -> {
              String pointer = "/" + type.listName() + "/" + index + "/" + property;
              paths.put(pointer, List.of(type.listName(), index, property));
              chains.add(record.getId(), property, target, pointer, null);
            });
      }
    }
    List<Violation> found = new ArrayList<>();
    chains.loops(found::add);
    return found;
  }
}
