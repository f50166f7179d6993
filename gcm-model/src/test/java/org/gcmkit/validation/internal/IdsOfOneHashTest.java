package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The rules of a whole dataset (unique ids, references that resolve, chains without loops) and
 * {@link Dataset}'s lookups, on ids that all share one String hash: their sets and maps of ids are
 * keyed so that such ids stay logarithmic ({@link IdKey}). With the ids themselves as keys, which
 * are of eight classes and not comparable, a hash map searched them one by one. The timeout only
 * keeps a quadratic rule from hanging the build.
 */
class IdsOfOneHashTest {
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void datasetRules_idsOfOneStringHash_sameVerdictsInLinearTime() {
    int bits = 16;
    int n = 1 << bits;
    List<Actor> actors = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Actor.Builder a =
          Actor.builder()
              .id(ActorId.of(oneHash(k, bits + 1)))
              .kind(ActorKind.NETWORK)
              .name(Text.en("A"))
              .addSources(SourceId.of(oneHash(n + k, bits + 1)));
      if (k + 1 < n) {
        // One chain through every actor, walked for loops.
        a.parent(ActorId.of(oneHash(k + 1, bits + 1)));
      }
      actors.add(a.build());
    }
    Dataset dataset = Dataset.builder().addAllActors(actors).build();
    assertThat(oneHash(1, bits + 1).hashCode()).isEqualTo(oneHash(n + 1, bits + 1).hashCode());

    assertThat(new UniqueIdsValidator().passes(dataset)).isTrue();
    assertThat(new ReferencesResolveValidator().passes(dataset)).isFalse();
    assertThat(new NoLoopsValidator().passes(dataset)).isTrue();
    for (Actor a : actors) {
      assertThat(dataset.findActor(a.getId())).containsSame(a);
    }
  }

  /** The {@code k}-th id of {@code bits} pairs "Aa" or "BB" after an 'x': all of one hash. */
  private static String oneHash(int k, int bits) {
    StringBuilder b = new StringBuilder(1 + 2 * bits).append('x');
    for (int j = 0; j < bits; j++) {
      b.append(((k >> j) & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }
}
