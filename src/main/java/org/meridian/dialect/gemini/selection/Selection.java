// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A parsed Gemini URL selection: at most one criterion per key, the tokens nobody recognised (so
 * the caller can report them), the explicit {@code orderby} terms, and warnings such as a defaulted
 * search radius.
 */
public record Selection(
        Map<Key, Criterion> criteria, List<String> unrecognised, List<OrderTerm> orderBy, List<String> warnings) {

    public Selection {
        EnumMap<Key, Criterion> copy = new EnumMap<>(Key.class);
        copy.putAll(criteria);
        copy.forEach((key, c) -> {
            if (c.key() != key) {
                throw new IllegalArgumentException("criterion " + c + " filed under " + key);
            }
        });
        criteria = Collections.unmodifiableMap(copy);
        unrecognised = List.copyOf(unrecognised);
        orderBy = List.copyOf(orderBy);
        warnings = List.copyOf(warnings);
    }

    public static Selection of(Criterion... criteria) {
        EnumMap<Key, Criterion> map = new EnumMap<>(Key.class);
        for (Criterion c : criteria) {
            map.put(c.key(), c);
        }
        return new Selection(map, List.of(), List.of(), List.of());
    }

    public boolean has(Key key) {
        return criteria.containsKey(key);
    }

    public Optional<Criterion> get(Key key) {
        return Optional.ofNullable(criteria.get(key));
    }

    /** The criterion under {@code key} if it is of {@code type}. */
    public <T extends Criterion> Optional<T> get(Key key, Class<T> type) {
        return get(key).filter(type::isInstance).map(type::cast);
    }

    public Stream<Criterion> stream() {
        return criteria.values().stream();
    }

    /** Open (docs/gemini-archive.md): nothing bounds the result to a date, program, observation, label or file. */
    public boolean isOpen() {
        return Key.CLOSING.stream().noneMatch(criteria::containsKey);
    }

    /** This selection with {@code c} added, replacing any criterion under the same key. */
    public Selection with(Criterion c) {
        EnumMap<Key, Criterion> map = new EnumMap<>(Key.class);
        map.putAll(criteria);
        map.put(c.key(), c);
        return new Selection(map, unrecognised, orderBy, warnings);
    }

    /** This selection with {@code c} added only when nothing is filed under its key yet. */
    public Selection withDefault(Criterion c) {
        return has(c.key()) ? this : with(c);
    }
}
