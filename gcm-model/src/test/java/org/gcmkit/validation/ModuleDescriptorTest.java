package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Pins what gcm-model shows the world: its four API packages, the metamodel to gcm-io alone, and
 * nothing of internal.
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() {
    Module module = GcmValidator.class.getModule();
    // On the class path the module is unnamed and this pin would check nothing.
    assertThat(module.isNamed()).as("tests must run on the module path").isTrue();
    return module.getDescriptor();
  }

  @Test
  void exports_moduleDescriptor_fourApiPackagesToEveryoneAndTheMetamodelToGcmIo() {
    ModuleDescriptor descriptor = descriptor();

    assertThat(descriptor.name()).isEqualTo("org.gcmkit.model");
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)
        .containsExactlyInAnyOrder(
            tuple("org.gcmkit.model", Set.of()),
            tuple("org.gcmkit.codes", Set.of()),
            tuple("org.gcmkit.validation", Set.of()),
            tuple("org.gcmkit.validation.constraints", Set.of()),
            tuple("org.gcmkit.model.meta", Set.of("org.gcmkit.io")));
  }

  @Test
  void exports_internalPackage_notExported_butOpenToAnyJakartaProvider() {
    ModuleDescriptor descriptor = descriptor();

    assertThat(descriptor.packages()).contains("org.gcmkit.validation.internal");
    assertThat(descriptor.exports())
        .noneMatch(e -> e.source().equals("org.gcmkit.validation.internal"));
    // Open (reflection at run time, which Java counts as exported at run time), not exported.
    assertThat(GcmValidator.class.getModule().isOpen("org.gcmkit.validation.internal")).isTrue();
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(descriptor.opens())
        .extracting(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets)
        .containsExactlyInAnyOrder(
            tuple("org.gcmkit.validation.internal", Set.of()), tuple("org.gcmkit.model", Set.of()));
  }

  @Test
  void nullness_wholeModule_nullMarked() {
    // Checked by NullAway at build time; declared once on the module for every tool that reads
    // JSpecify.
    assertThat(GcmValidator.class.getModule().isAnnotationPresent(NullMarked.class)).isTrue();
  }
}
