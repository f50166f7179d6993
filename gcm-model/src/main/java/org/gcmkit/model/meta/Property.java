package org.gcmkit.model.meta;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.validation.constraints.CanonicalLanguageTags;
import org.jspecify.annotations.Nullable;

/**
 * One property of a model type as files see it: its name (the accessor {@code getX} without the
 * prefix), how many values it holds, their kind, and how to read it from a value and set it on a
 * builder. Immutable and thread-safe.
 */
public final class Property {
  private final String name;
  private final int index;
  private final Cardinality cardinality;
  private final ValueKind kind;
  private final Class<?> elementType;
  private final Method getter;
  private final Method setter;

  /** Whether the values are language tags, written in the registry's case. */
  private final boolean languageTags;

  /**
   * The getter and the builder's setter: through the generated {@link ModelAccess} when it serves
   * the type, else as functions from {@link Accessors}.
   */
  private final Function<Object, Object> get;

  private final BiConsumer<Object, Object> put;

  private Property(
      String name,
      int index,
      Cardinality cardinality,
      ValueKind kind,
      Class<?> elementType,
      Method getter,
      Method setter,
      ModelAccess.@Nullable Numbered access) {
    this.name = name;
    this.index = index;
    this.cardinality = cardinality;
    this.kind = kind;
    this.elementType = elementType;
    this.getter = getter;
    this.languageTags = getter.isAnnotationPresent(CanonicalLanguageTags.class);
    this.setter = setter;
    if (access != null) {
      ModelAccess generated = access.access();
      int type = access.type();
      this.get = bean -> generated.get(type, index, bean);
      this.put = (builder, value) -> generated.set(type, index, builder, value);
    } else {
      this.get = Accessors.function(getter);
      this.put = Accessors.consumer(setter);
    }
  }

  /**
   * {@return a scalar value as files write it: {@link Scalars#format}, and a language tag in the
   * registry's case ({@link Scalars#languageTag})}
   *
   * @param value a value of this property, not a text or an object
   */
  public String format(Object value) {
    return languageTags ? Scalars.languageTag((String) value) : Scalars.format(kind, value);
  }

  static Property of(
      Method getter, Class<?> builderType, int index, ModelAccess.@Nullable Numbered access) {
    String n = getter.getName().substring(3);
    String name = n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1);
    Type returned = getter.getGenericReturnType();
    Cardinality cardinality = Cardinality.REQUIRED;
    Class<?> element = getter.getReturnType();
    if (element == Optional.class || element == List.class) {
      cardinality = element == Optional.class ? Cardinality.OPTIONAL : Cardinality.LIST;
      Type arg = ((ParameterizedType) returned).getActualTypeArguments()[0];
      element =
          (Class<?>)
              (arg instanceof ParameterizedType parameterizedType
                  ? parameterizedType.getRawType()
                  : arg);
    }
    ValueKind kind = kindOf(element);
    Method setter;
    try {
      setter =
          cardinality == Cardinality.LIST
              ? builderType.getMethod("addAll" + n, Iterable.class)
              : builderType.getMethod(name, element);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no builder method for " + getter, e);
    }
    return new Property(name, index, cardinality, kind, element, getter, setter, access);
  }

  private static ValueKind kindOf(Class<?> type) {
    if (type == String.class) {
      return ValueKind.STRING;
    }
    if (type == BigDecimal.class) {
      return ValueKind.DECIMAL;
    }
    if (type.isEnum()) {
      return ValueKind.ENUM;
    }
    if (type == Text.class) {
      return ValueKind.TEXT;
    }
    if (type == PartialDate.class) {
      return ValueKind.PARTIAL_DATE;
    }
    if (type == DateSpan.class) {
      return ValueKind.DATE_SPAN;
    }
    if (type == Subject.class) {
      return ValueKind.SUBJECT;
    }
    if (RecordId.class.isAssignableFrom(type)) {
      return ValueKind.ID;
    }
    return ValueKind.OBJECT;
  }

  /** {@return the name in files} */
  public String name() {
    return name;
  }

  /**
   * {@return its position in its shape's {@link Shape#properties()}, from 0}: readers keep which
   * properties an object set by this, not by name
   */
  public int index() {
    return index;
  }

  /** {@return how many values it holds} */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** {@return the kind of each value} */
  public ValueKind kind() {
    return kind;
  }

  /** {@return the Java type of each value: an enum, id or model class, String, BigDecimal..} */
  public Class<?> elementType() {
    return elementType;
  }

  /**
   * {@return the model's accessor, with the constraint annotations on it and on its return type}
   */
  public Method getter() {
    return getter;
  }

  /** {@return the builder's method that sets it: {@code addAllX} for a list, else {@code x}} */
  Method setter() {
    return setter;
  }

  /** {@return the shape of each value, for {@link ValueKind#OBJECT}} */
  public Shape shape() {
    if (kind != ValueKind.OBJECT) {
      throw new IllegalStateException(name + " holds " + kind + ", not objects");
    }
    return Shape.of(elementType);
  }

  /**
   * {@return the accessor's value in {@code bean}: the value itself, an Optional or a List}
   *
   * @param bean the bean
   */
  public Object get(Object bean) {
    return get.apply(bean);
  }

  /**
   * {@return the values of this property in {@code bean}, in order: one for a required property,
   * none or one for an optional one}
   *
   * @param bean the bean
   */
  public List<Object> values(Object bean) {
    Object v = get.apply(bean);
    switch (cardinality) {
      case LIST -> {
        return java.util.Collections.<Object>unmodifiableList((List<?>) v);
      }
      case OPTIONAL -> {
        Optional<?> o = (Optional<?>) v;
        return o.isPresent() ? List.of(o.get()) : List.of();
      }
      default -> {
        return List.of(v);
      }
    }
  }

  /**
   * Sets the property on {@code builder}: a single value for required and optional properties, a
   * List of values for list properties (appended to any already set).
   *
   * @param builder the builder
   * @param value the value
   */
  public void set(Object builder, Object value) {
    put.accept(builder, value);
  }

  @Override
  public String toString() {
    return name + ": " + cardinality + " " + kind + " " + elementType.getSimpleName();
  }
}
