/**
 * gcm-model: the immutable, validated types of the GCM world, its code lists, and its validator.
 */
// "module": the qualified export below names gcm-io, which is built after this module.
@SuppressWarnings("module")
module org.gcmkit.model {
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.gcmkit.model;
  exports org.gcmkit.codes;
  exports org.gcmkit.validation;
  exports org.gcmkit.validation.constraints;
  // Helpers shared with gcm-io only, such as the article of a noun in messages.
  exports org.gcmkit.internal to
      org.gcmkit.io;

  // The Jakarta provider instantiates gcm's constraint validators and reads the model reflectively.
  opens org.gcmkit.validation.internal to
      org.hibernate.validator;
  opens org.gcmkit.model to
      org.hibernate.validator;
}
