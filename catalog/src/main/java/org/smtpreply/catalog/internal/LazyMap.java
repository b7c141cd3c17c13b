package org.smtpreply.catalog.internal;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An unmodifiable map whose keys are known and whose values are made on first use, then kept:
 * a catalog snapshot decodes a locale's texts only when that locale is asked for. Thread-safe.
 */
public final class LazyMap<V> extends AbstractMap<String, V> {
  private final List<String> keys;
  private final Function<String, V> make;
  private final Map<String, V> made = new LinkedHashMap<>();

  /** A map of {@code keys}, in that order, whose values {@code make} makes. */
  public LazyMap(List<String> keys, Function<String, V> make) {
    this.keys = List.copyOf(keys);
    this.make = make;
  }

  @Override
  public synchronized V get(Object key) {
    if (!(key instanceof String k) || !keys.contains(k)) {
      return null;
    }
    return made.computeIfAbsent(k, make);
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String k && keys.contains(k);
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    Map<String, V> all = new LinkedHashMap<>();
    for (String key : keys) {
      all.put(key, get(key));
    }
    return java.util.Collections.unmodifiableMap(all).entrySet();
  }
}
