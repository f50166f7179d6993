package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pins what gcm-model shows the world: its four API packages, and its internals to gcm-io only. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() {
    Module module = GcmValidator.class.getModule();
    // On the class path the module is unnamed and this pin would check nothing.
    assertThat(module.isNamed()).as("tests must run on the module path").isTrue();
    return module.getDescriptor();
  }

  @Test
  void exports_moduleDescriptor_exactlyTheFourApiPackagesToEveryone() {
    ModuleDescriptor descriptor = descriptor();

    assertThat(descriptor.name()).isEqualTo("org.gcmkit.model");
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::isQualified)
        .containsExactlyInAnyOrder(
            tuple("org.gcmkit.model", false),
            tuple("org.gcmkit.codes", false),
            tuple("org.gcmkit.validation", false),
            tuple("org.gcmkit.validation.constraints", false),
            tuple("org.gcmkit.internal", true));
    assertThat(descriptor.exports())
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .extracting(ModuleDescriptor.Exports::targets)
        .containsExactly(Set.of("org.gcmkit.io"));
  }

  @Test
  void exports_internalPackage_notExportedAndOpenedOnlyToTheProvider() {
    ModuleDescriptor descriptor = descriptor();

    assertThat(descriptor.packages()).contains("org.gcmkit.validation.internal");
    assertThat(descriptor.exports())
        .noneMatch(e -> e.source().equals("org.gcmkit.validation.internal"));
    assertThat(GcmValidator.class.getModule().isExported("org.gcmkit.validation.internal"))
        .isFalse();
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(descriptor.opens())
        .extracting(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets)
        .containsExactlyInAnyOrder(
            tuple("org.gcmkit.validation.internal", Set.of("org.hibernate.validator")),
            tuple("org.gcmkit.model", Set.of("org.hibernate.validator")));
  }
}
