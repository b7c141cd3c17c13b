package org.smtpreply.catalog.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes records to a compact binary form and reads them back, by their components: strings,
 * whole numbers, booleans, lists, optionals, maps with text keys (kept in their order) and other
 * records. What the catalog's build snapshots, so that loading the built-in catalog at run time
 * takes milliseconds instead of parsing and checking YAML. One codec for every record: a new field
 * of a record needs nothing here.
 */
public final class RecordCodec {
  private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

  private RecordCodec() {}

  /** Writes {@code value}, of the declared {@code type}. */
  public static void write(DataOutputStream out, Type type, Object value) throws IOException {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    } else if (raw == int.class || raw == Integer.class) {
      out.writeInt((Integer) value);
    } else if (raw == boolean.class || raw == Boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (raw == List.class) {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object item : list) {
        write(out, argument(type, 0), item);
      }
    } else if (raw == Optional.class) {
      Optional<?> optional = (Optional<?>) value;
      out.writeBoolean(optional.isPresent());
      if (optional.isPresent()) {
        write(out, argument(type, 0), optional.get());
      }
    } else if (raw == Map.class) {
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        write(out, String.class, e.getKey());
        write(out, argument(type, 1), e.getValue());
      }
    } else if (raw.isRecord()) {
      for (RecordComponent component : components(raw)) {
        try {
          write(out, component.getGenericType(), component.getAccessor().invoke(value));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
    } else {
      throw new IllegalArgumentException("no codec for " + type);
    }
  }

  /** Reads a value of the declared {@code type}, as {@link #write} wrote it. */
  public static Object read(DataInputStream in, Type type) throws IOException {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } else if (raw == int.class || raw == Integer.class) {
      return in.readInt();
    } else if (raw == boolean.class || raw == Boolean.class) {
      return in.readBoolean();
    } else if (raw == List.class) {
      int size = in.readInt();
      List<Object> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(read(in, argument(type, 0)));
      }
      return Collections.unmodifiableList(list);
    } else if (raw == Optional.class) {
      return in.readBoolean() ? Optional.of(read(in, argument(type, 0))) : Optional.empty();
    } else if (raw == Map.class) {
      int size = in.readInt();
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        String key = (String) read(in, String.class);
        map.put(key, read(in, argument(type, 1)));
      }
      return Collections.unmodifiableMap(map);
    } else if (raw.isRecord()) {
      RecordComponent[] components = components(raw);
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = read(in, components[i].getGenericType());
      }
      try {
        return constructor(raw, components).newInstance(values);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot build " + raw, e);
      }
    }
    throw new IllegalArgumentException("no codec for " + type);
  }

  private static RecordComponent[] components(Class<?> type) {
    return COMPONENTS.computeIfAbsent(type, t -> {
      RecordComponent[] components = t.getRecordComponents();
      for (RecordComponent component : components) {
        // Records of the catalog's own packages may be package-private.
        component.getAccessor().setAccessible(true);
      }
      return components;
    });
  }

  private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
    return CONSTRUCTORS.computeIfAbsent(type, t -> {
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        parameters[i] = components[i].getType();
      }
      try {
        Constructor<?> canonical = t.getDeclaredConstructor(parameters);
        canonical.setAccessible(true);
        return canonical;
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor of " + t, e);
      }
    });
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }
}
