package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.model.Dataset;
import org.junit.jupiter.api.Test;

class RandomDatasetsTest {
  @Test
  void generate_sameSeed_sameDatasetFillingEveryRecordType() {
    Dataset a = RandomDatasets.generate(42, 5);
    assertThat(a).isEqualTo(RandomDatasets.generate(42, 5));
    assertThat(a).isNotEqualTo(RandomDatasets.generate(43, 5));
    assertThat(a.getMeetings()).hasSize(5);
    assertThat(a.size()).isEqualTo(5 * org.gcmkit.model.RecordType.values().length);
  }
}
