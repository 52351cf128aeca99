// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.scheduling;

/**
 * Receives each block the scheduler has finished observing. The application wires an
 * implementation that writes the frames (FITS) and ingests them; the core never knows how.
 */
@FunctionalInterface
public interface FrameSink {
    void accept(CompletedBlock block) throws Exception;
}
