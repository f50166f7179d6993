package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DatasetRecord;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.ReportParts;
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
    Set<IdKey> known = ids(dataset);
    boolean[] valid = {true};
    for (RecordType type : RecordType.values()) {
      for (DatasetRecord record : type.recordsOf(dataset)) {
        RecordWalker.references(
            record, List.of(), (path, ref) -> valid[0] &= known.contains(new IdKey(ref)));
      }
    }
    return valid[0];
  }

  @Override
  public boolean isValid(Dataset dataset, ConstraintValidatorContext context) {
    if (dataset == null || passes(dataset)) {
      return true;
    }
    Set<IdKey> known = ids(dataset);
    boolean[] valid = {true};
    context.disableDefaultConstraintViolation();
    for (RecordType type : RecordType.values()) {
      List<? extends DatasetRecord> list = type.recordsOf(dataset);
      for (int i = 0; i < list.size(); i++) {
        RecordWalker.references(
            list.get(i),
            List.of(type.listName(), i),
            (path, ref) -> {
              if (!known.contains(new IdKey(ref))) {
                valid[0] = false;
                Paths.addViolation(
                    context,
                    "expected the id of "
                        + ReportParts.withArticle(ref.type().code())
                        + " in this dataset but was "
                        + Messages.quote(ref),
                    path.get());
              }
            });
      }
    }
    return valid[0];
  }

  /** The ids of the records of {@code dataset}. */
  private static Set<IdKey> ids(Dataset dataset) {
    Set<IdKey> known = new HashSet<>();
    for (RecordType type : RecordType.values()) {
      for (DatasetRecord record : type.recordsOf(dataset)) {
        known.add(new IdKey(record.getId()));
      }
    }
    return known;
  }
}
