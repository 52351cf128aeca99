// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * How deep an AST nests, measured with an explicit stack rather than by recursion, so that measuring
 * a tree too deep to walk recursively is itself safe. Each record is one level below the record
 * holding it (directly or in a list); every AST type is a record, so no walker needs to know them.
 */
public final class AstDepth {

    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private record Visit(Record node, int depth) {}

    private AstDepth() {}

    /** Whether {@code root} nests more than {@code limit} records deep; stops at the first such node. */
    public static boolean exceeds(Record root, int limit) {
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(root, 1));
        while (!pending.isEmpty()) {
            Visit v = pending.pop();
            if (v.depth() > limit) {
                return true;
            }
            for (Method accessor : COMPONENTS.get(v.node().getClass())) {
                Object child = read(accessor, v.node());
                if (child instanceof Record r) {
                    pending.push(new Visit(r, v.depth() + 1));
                } else if (child instanceof Collection<?> list) {
                    for (Object element : list) {
                        if (element instanceof Record r) {
                            pending.push(new Visit(r, v.depth() + 1));
                        }
                    }
                }
            }
        }
        return false;
    }

    private static Object read(Method accessor, Record node) {
        try {
            return accessor.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
