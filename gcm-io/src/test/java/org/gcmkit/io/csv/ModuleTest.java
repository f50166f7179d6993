package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

class ModuleTest {
  @Test
  void module_exportsExactlyTheApiPackages() {
    ModuleDescriptor descriptor = GcmCsv.class.getModule().getDescriptor();

    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(
            descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("org.gcmkit.io", "org.gcmkit.io.csv", "org.gcmkit.io.json");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    assertThat(
            descriptor.requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()))
        .contains("de.siegmar.fastcsv", "tools.jackson.databind");
  }

  @Test
  void nullness_wholeModule_nullMarked() {
    assertThat(GcmCsv.class.getModule().isAnnotationPresent(NullMarked.class)).isTrue();
  }

  @Test
  void gcmCsv_publicApi_theFactoryItsOptionAndTheFourMethods() {
    assertThat(
            java.util.Arrays.stream(GcmCsv.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "create",
            "withMaxViolations",
            "getMaxViolations",
            "readPackage",
            "validatePackage",
            "writePackage",
            "descriptor");
  }
}
