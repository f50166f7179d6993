import org.jspecify.annotations.NullMarked;

/**
 * gcm-model: the immutable, validated types of the GCM world, its code lists, and its validator.
 */
@NullMarked
@SuppressWarnings("module") // gcm-io, the target of a qualified export, is built after this module.
module org.gcmkit.model {
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.gcmkit.model;
  exports org.gcmkit.codes;
  exports org.gcmkit.validation;
  exports org.gcmkit.validation.constraints;
  // The metamodel: one description of the model that gcm-io's readers, writers and schemas walk.
  exports org.gcmkit.model.meta to
      org.gcmkit.io;

  // Any Jakarta provider instantiates gcm's constraint validators and reads the model reflectively:
  // Hibernate Validator, Apache BVal (tested) or another, so the packages are open to all. Opening
  // gives run-time reflection only; the validators are not API that code can compile against.
  opens org.gcmkit.validation.internal;
  opens org.gcmkit.model;
}
