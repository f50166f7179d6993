package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/**
 * Adds a violation at a nested path given as segments: property names, each optionally followed
 * by a list index ({@code meetings, 0, participations, 2, person}).
 */
final class Paths {
  private Paths() {}

  static void addViolation(ConstraintValidatorContext context, String message, List<Object> path) {
    ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(Messages.literal(message));
    // Jakarta puts a list index on the node that follows the list (meetings[0].participations),
    // so an index read after a name is applied to the next node.
    NodeBuilderDefinedContext defined = null;
    NodeBuilderCustomizableContext open = null;
    Integer pending = null;
    for (Object segment : path) {
      if (segment instanceof Integer) {
        pending = (Integer) segment;
        continue;
      }
      String name = (String) segment;
      if (open == null && defined == null) {
        open = builder.addPropertyNode(name);
      } else if (open != null) {
        open = open.addPropertyNode(name);
      } else {
        open = defined.addPropertyNode(name);
      }
      if (pending != null) {
        defined = open.inIterable().atIndex(pending);
        open = null;
        pending = null;
      }
    }
    if (pending != null) {
      // A trailing index is an element of a list of plain values, such as ids: a bean node.
      LeafNodeBuilderCustomizableContext leaf =
          open != null ? open.addBeanNode() : defined.addBeanNode();
      leaf.inIterable().atIndex(pending).addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      builder.addConstraintViolation();
    }
  }
}
