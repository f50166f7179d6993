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
  void gcmCsv_publicApi_theFactoryItsOptionsAndTheSixMethods() {
    assertThat(publicMethods(GcmCsv.class))
        .containsExactlyInAnyOrder(
            "create",
            "withMaxViolations",
            "getMaxViolations",
            "withValidator",
            "withThreads",
            "getThreads",
            "withProgress",
            "readDataset",
            "validateDataset",
            "readRecords",
            "writeDataset",
            "descriptor",
            "isZip");
  }

  /**
   * GcmJson and GcmCsv use the same verbs and shapes for the same jobs: every method of GcmCsv but
   * the CSV-only {@code descriptor}, {@code isZip} and {@code readRecords} (for engines, as
   * GcmJson's {@code readLinesPart} is) exists on GcmJson with the same parameters and result.
   */
  @Test
  void gcmCsvAndGcmJson_sharedJobs_sameNamesParametersAndResults() throws Exception {
    for (java.lang.reflect.Method m : GcmCsv.class.getDeclaredMethods()) {
      if (!java.lang.reflect.Modifier.isPublic(m.getModifiers())
          || m.getName().equals("descriptor")
          || m.getName().equals("isZip")
          || m.getName().equals("readRecords")) {
        continue;
      }
      java.lang.reflect.Method twin =
          org.gcmkit.io.json.GcmJson.class.getMethod(m.getName(), m.getParameterTypes());
      Class<?> result =
          m.getReturnType() == GcmCsv.class ? org.gcmkit.io.json.GcmJson.class : m.getReturnType();
      assertThat(twin.getReturnType()).as(m.getName()).isEqualTo(result);
      assertThat(twin.getExceptionTypes()).as(m.getName()).isEqualTo(m.getExceptionTypes());
    }
  }

  private static java.util.Set<String> publicMethods(Class<?> type) {
    return java.util.Arrays.stream(type.getDeclaredMethods())
        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
        .map(java.lang.reflect.Method::getName)
        .collect(Collectors.toSet());
  }
}
