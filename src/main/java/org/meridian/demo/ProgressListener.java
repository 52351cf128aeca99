// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

/** Told after each file or table the generator writes, so a CLI can draw a progress bar. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (total, done) -> {};

    void progress(long total, long done);
}
