package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DatasetRecord;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.constraints.UniqueIds;

/** Checks {@link UniqueIds}: each duplicate is reported at its own id, naming the first use. */
public final class UniqueIdsValidator
    implements ConstraintValidator<UniqueIds, Dataset>, ContextFreeCheck<Dataset> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public UniqueIdsValidator() {}

  @Override
  public boolean passes(Dataset dataset) {
    if (dataset == null) {
      return true;
    }
    for (RecordType type : RecordType.values()) {
      Set<IdKey> seen = new HashSet<>();
      for (DatasetRecord record : type.recordsOf(dataset)) {
        if (!seen.add(new IdKey(record.getId()))) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
    if (passes(dataset)) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    for (RecordType type : RecordType.values()) {
      Map<IdKey, Integer> first = new HashMap<>();
      List<? extends DatasetRecord> list = type.recordsOf(dataset);
      for (int i = 0; i < list.size(); i++) {
        RecordId id = list.get(i).getId();
        Integer previous = first.putIfAbsent(new IdKey(id), i);
        if (previous != null) {
          valid = false;
          Paths.addViolation(
              context,
              "expected a unique "
                  + id.type().code()
                  + " id but "
                  + Messages.quote(id)
                  + " is already the id of /"
                  + type.listName()
                  + "/"
                  + previous,
              List.of(type.listName(), i, "id"));
        }
      }
    }
    return valid;
  }
}
