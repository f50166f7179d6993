import org.jspecify.annotations.NullMarked;

/**
 * gcm-model: the immutable, validated types of the GCM world, its code lists, and its validator.
 */
@NullMarked
module org.gcmkit.model {
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.gcmkit.model;
  exports org.gcmkit.codes;
  exports org.gcmkit.validation;
  exports org.gcmkit.validation.constraints;

  // The Jakarta provider instantiates gcm's constraint validators and reads the model reflectively.
  opens org.gcmkit.validation.internal to
      org.hibernate.validator;
  opens org.gcmkit.model to
      org.hibernate.validator;
}
