// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One row's summary as a read-only map: the keys, in order, are shared by every row of a query and
 * only the values are per row. A listing reads hundreds of rows of 68 fields each; an array per row
 * costs far less than a hash map per row (and HeaderRow needs no defensive copy of it).
 */
final class SummaryValues extends AbstractMap<String, Object> {

    /** The key order and a key's position, built once. */
    static final class Keys {
        private final String[] names;
        private final Map<String, Integer> positions = new HashMap<>();

        Keys(List<String> names) {
            this.names = names.toArray(String[]::new);
            for (int i = 0; i < this.names.length; i++) {
                positions.put(this.names[i], i);
            }
        }

        int size() {
            return names.length;
        }

        Map<String, Integer> positions() {
            return positions;
        }
    }

    private final Keys keys;
    private final Object[] values;

    /** @param values one per key, in key order; not copied, so the caller must not keep it */
    SummaryValues(Keys keys, Object[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(values.length + " values for " + keys.size() + " keys");
        }
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        Integer i = keys.positions.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.positions.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
