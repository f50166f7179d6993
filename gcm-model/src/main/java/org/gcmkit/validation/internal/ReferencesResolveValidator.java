package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gcmkit.internal.Articles;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.constraints.ReferencesResolve;

/** Checks {@link ReferencesResolve}, reporting each dangling reference where it stands. */
public final class ReferencesResolveValidator
    implements ConstraintValidator<ReferencesResolve, Dataset>, ContextFreeCheck<Dataset> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public ReferencesResolveValidator() {}

  @Override
  public boolean passes(Dataset dataset) {
    if (dataset == null) {
      return true;
    }
    Set<RecordId> known = new HashSet<>();
    for (Map.Entry<String, List<?>> records : DatasetRecords.of(dataset)) {
      for (Object record : records.getValue()) {
        known.add(UniqueIdsValidator.idOf(record));
      }
    }
    boolean[] valid = {true};
    for (Map.Entry<String, List<?>> records : DatasetRecords.of(dataset)) {
      for (Object record : records.getValue()) {
        RecordWalker.references(record, List.of(), (path, ref) -> valid[0] &= known.contains(ref));
      }
    }
    return valid[0];
  }

  @Override
  public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
    if (dataset == null || passes(dataset)) {
      return true;
    }
    Map<RecordType, Set<RecordId>> known = new EnumMap<>(RecordType.class);
    List<Map.Entry<String, List<?>>> all = DatasetRecords.of(dataset);
    for (Map.Entry<String, List<?>> records : all) {
      for (Object record : records.getValue()) {
        RecordId id = UniqueIdsValidator.idOf(record);
        known.computeIfAbsent(id.type(), t -> new HashSet<>()).add(id);
      }
    }
    boolean[] valid = {true};
    context.disableDefaultConstraintViolation();
    for (Map.Entry<String, List<?>> records : all) {
      List<?> list = records.getValue();
      for (int i = 0; i < list.size(); i++) {
        RecordWalker.references(
            list.get(i),
            List.of(records.getKey(), i),
            (path, ref) -> {
              if (!known.computeIfAbsent(ref.type(), t -> new HashSet<>()).contains(ref)) {
                valid[0] = false;
                Paths.addViolation(
                    context,
                    "expected the id of "
                        + Articles.a(ref.type().code())
                        + " in this dataset but was "
                        + Messages.quote(ref),
                    path.get());
              }
            });
      }
    }
    return valid[0];
  }
}
