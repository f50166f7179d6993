package org.gcmkit.model.meta;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The properties of one model value type, found once by reflection on its public {@code getX}
 * accessors and its builder, so that readers, writers and schemas follow the model as it is: a
 * field added to the model is read and written everywhere without touching gcm-io.
 *
 * <p>Properties are in canonical file order: {@code id} first, then by name. Immutable and
 * thread-safe; shapes are cached per type.
 */
public final class Shape {
  private static final Map<Class<?>, Shape> CACHE = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final Supplier<Object> newBuilder;
  private final Function<Object, Object> build;
  private final Map<String, Property> properties;

  /** Kept, not copied per call: readers ask for these for every value they read. */
  private final List<Property> propertyList;

  private final List<String> names;

  /** Whether the generated {@link ModelAccess} serves this type, for tests. */
  private final boolean generated;

  private Shape(Class<?> type) {
    this.type = type;
    Method builderFactory;
    Method buildMethod;
    try {
      builderFactory = type.getMethod("builder");
      buildMethod = builderFactory.getReturnType().getMethod("build");
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type + " is not a model value type with builder()", e);
    }
    List<Method> getters = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers())
          && m.getParameterCount() == 0
          && m.getName().startsWith("get")) {
        getters.add(m);
      }
    }
    getters.sort(
        Comparator.comparing((Method m) -> !m.getName().equals("getId"))
            .thenComparing(Method::getName));
    ModelAccess.Numbered access = ModelAccess.find(type, getters);
    Map<String, Property> byName = new LinkedHashMap<>();
    for (Method g : getters) {
      Property p = Property.of(g, builderFactory.getReturnType(), byName.size(), access);
      byName.put(p.name(), p);
    }
    this.properties = java.util.Collections.unmodifiableMap(byName);
    this.propertyList = List.copyOf(byName.values());
    this.names = List.copyOf(byName.keySet());
    this.generated = access != null;
    if (access != null) {
      ModelAccess generatedAccess = access.access();
      int number = access.type();
      this.newBuilder = () -> generatedAccess.newBuilder(number);
      this.build = builder -> generatedAccess.build(number, builder);
    } else {
      this.newBuilder = Accessors.supplier(builderFactory);
      this.build = Accessors.function(buildMethod);
    }
  }

  /**
   * {@return the shape of a model value type such as {@code Meeting.class}}
   *
   * @param type the type
   */
  public static Shape of(Class<?> type) {
    return CACHE.computeIfAbsent(type, Shape::new);
  }

  /** {@return the model type} */
  public Class<?> type() {
    return type;
  }

  /** {@return the properties in canonical order} */
  public List<Property> properties() {
    return propertyList;
  }

  /**
   * {@return the property with this file name}
   *
   * @param name the name
   */
  public Optional<Property> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** {@return the names of the properties, in canonical order} */
  public List<String> names() {
    return names;
  }

  /** {@return a new, empty builder of the type} */
  public Object newBuilder() {
    return newBuilder.get();
  }

  /**
   * Builds the value; throws {@link IllegalStateException} when a required property was not set
   * (readers check that first, to report it with its place).
   *
   * @param builder the builder
   * @return the value built
   */
  public Object build(Object builder) {
    return build.apply(builder);
  }

  /** {@return whether the generated {@link ModelAccess} serves this type} */
  boolean generated() {
    return generated;
  }

  @Override
  public String toString() {
    return type.getSimpleName() + properties.values();
  }
}
