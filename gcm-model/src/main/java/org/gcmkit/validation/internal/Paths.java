package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adds a violation at a nested path given as segments: property names, each optionally followed by
 * a list index ({@code meetings, 0, participations, 2, person}).
 */
final class Paths {
  private Paths() {}

  static void addViolation(ConstraintValidatorContext context, String message, List<Object> path) {
    ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(Messages.literal(message));
    // Jakarta puts a list index on the node that follows the list (meetings[0].participations),
    // so an index read after a name is applied to the next node. Exactly one of open and defined
    // is non-null once the first property is added.
    @Nullable NodeBuilderDefinedContext defined = null;
    @Nullable NodeBuilderCustomizableContext open = null;
    @Nullable Integer pending = null;
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        pending = index;
        continue;
      }
      String name = (String) segment;
      if (open != null) {
        open = open.addPropertyNode(name);
      } else if (defined != null) {
        open = defined.addPropertyNode(name);
      } else {
        open = builder.addPropertyNode(name);
      }
      if (pending != null) {
        defined = open.inIterable().atIndex(pending);
        open = null;
        pending = null;
      }
    }
    if (open != null) {
      if (pending != null) {
        // A trailing index is an element of a list of plain values, such as ids: a bean node.
        open.addBeanNode().inIterable().atIndex(pending).addConstraintViolation();
      } else {
        open.addConstraintViolation();
      }
    } else if (defined != null) {
      if (pending != null) {
        defined.addBeanNode().inIterable().atIndex(pending).addConstraintViolation();
      } else {
        defined.addConstraintViolation();
      }
    } else {
      builder.addConstraintViolation();
    }
  }
}
