package org.gcmkit.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

/** Each accessor gives the answers of the method it calls, from its first call to its last. */
class AccessorsTest {
  // Far past the calls that the JIT compiles the accessor's own code after.
  private static final int PAST_THRESHOLD = 20_000;

  private static Meeting meeting(String id) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .kind(MeetingKind.WEBINAR)
        .status(MeetingStatus.PLANNED)
        .title(Text.en("A webinar"))
        .build();
  }

  @Test
  void function_getter_sameValueOnEveryCall() throws Exception {
    Function<Object, Object> getId = Accessors.function(Meeting.class.getMethod("getId"));

    for (int i = 0; i < PAST_THRESHOLD; i++) {
      assertThat(getId.apply(meeting("m-" + i))).isEqualTo(MeetingId.of("m-" + i));
    }
  }

  @Test
  void function_staticFactory_calledWithItsArgument() throws Exception {
    Function<Object, Object> of = Accessors.function(ActorId.class.getMethod("of", String.class));

    for (int i = 0; i < PAST_THRESHOLD; i++) {
      assertThat(of.apply("a" + i)).isEqualTo(ActorId.of("a" + i));
    }
  }

  @Test
  void supplierAndConsumer_builder_buildTheSameValueAsCode() throws Exception {
    Supplier<Object> builder = Accessors.supplier(Meeting.class.getMethod("builder"));
    Class<?> builderType = Meeting.class.getMethod("builder").getReturnType();
    BiConsumer<Object, Object> id =
        Accessors.consumer(builderType.getMethod("id", MeetingId.class));
    BiConsumer<Object, Object> kind =
        Accessors.consumer(builderType.getMethod("kind", MeetingKind.class));
    BiConsumer<Object, Object> status =
        Accessors.consumer(builderType.getMethod("status", MeetingStatus.class));
    BiConsumer<Object, Object> title =
        Accessors.consumer(builderType.getMethod("title", Text.class));
    Function<Object, Object> build = Accessors.function(builderType.getMethod("build"));

    for (int i = 0; i < PAST_THRESHOLD; i++) {
      Object b = builder.get();
      id.accept(b, MeetingId.of("m-" + i));
      kind.accept(b, MeetingKind.WEBINAR);
      status.accept(b, MeetingStatus.PLANNED);
      title.accept(b, Text.en("A webinar"));
      assertThat(build.apply(b)).isEqualTo(meeting("m-" + i));
    }
  }

  @Test
  void function_methodThrows_sameExceptionOnEveryCall() throws Exception {
    Function<Object, Object> of = Accessors.function(ActorId.class.getMethod("of", String.class));

    for (int i = 0; i < PAST_THRESHOLD; i += 100) {
      for (int j = 0; j < 99; j++) {
        assertThat(of.apply("fine")).isEqualTo(ActorId.of("fine"));
      }
      assertThatThrownBy(() -> of.apply("not an id!")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void function_methodGcmCannotCall_refusedWhereFound() throws Exception {
    Method hidden = Hidden.class.getDeclaredMethod("secret");

    assertThatThrownBy(() -> Accessors.function(hidden))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot call ");
  }

  /** A method of another package's private nested class, which gcm-model cannot call. */
  private static final class Hidden {
    @SuppressWarnings("unused") // Found by reflection only.
    private String secret() {
      return "x";
    }
  }
}
