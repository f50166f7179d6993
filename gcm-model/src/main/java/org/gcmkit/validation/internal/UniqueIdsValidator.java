package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordId;
import org.gcmkit.validation.constraints.UniqueIds;

/** Checks {@link UniqueIds}: each duplicate is reported at its own id, naming the first use. */
public final class UniqueIdsValidator
    implements ConstraintValidator<UniqueIds, Dataset>, ContextFreeCheck<Dataset> {
  // Looked up once per record class: the stream validator asks for the id of every record read.
  private static final ClassValue<Function<Object, Object>> ID_GETTERS =
      new ClassValue<>() {
        @Override
        protected Function<Object, Object> computeValue(Class<?> type) {
          try {
            return Getters.of(OneOfPresentValidator.publicType(type).getMethod("getId"));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the id of " + type.getName(), e);
          }
        }
      };

  /** Creates the validator; called by the Jakarta Validation provider. */
  public UniqueIdsValidator() {}

  @Override
  public boolean passes(Dataset dataset) {
    if (dataset == null) {
      return true;
    }
    for (Map.Entry<String, List<?>> records : DatasetRecords.of(dataset)) {
      Set<RecordId> seen = new HashSet<>();
      for (Object record : records.getValue()) {
        if (!seen.add(idOf(record))) {
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
    for (Map.Entry<String, List<?>> records : DatasetRecords.of(dataset)) {
      Map<RecordId, Integer> first = new HashMap<>();
      List<?> list = records.getValue();
      for (int i = 0; i < list.size(); i++) {
        RecordId id = idOf(list.get(i));
        Integer previous = first.putIfAbsent(id, i);
        if (previous != null) {
          valid = false;
          Paths.addViolation(
              context,
              "expected a unique "
                  + id.type().code()
                  + " id but "
                  + Messages.quote(id)
                  + " is already the id of /"
                  + records.getKey()
                  + "/"
                  + previous,
              List.of(records.getKey(), i, "id"));
        }
      }
    }
    return valid;
  }

  static RecordId idOf(Object record) {
    return (RecordId) ID_GETTERS.get(record.getClass()).apply(record);
  }
}
