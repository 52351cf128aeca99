// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a dialect's entry class declares about itself, read by {@link Dialect#name()} and
 * {@link Dialect#migrations()}: its short name and the Flyway versions its migrations use
 * ({@code firstMigration..lastMigration}, inclusive; docs/architecture.md, Data model).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DialectInfo {

    String name();

    int firstMigration();

    int lastMigration();
}
