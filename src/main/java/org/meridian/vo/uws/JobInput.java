// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a request that creates a job or POSTs to its parameters carries. Close it to delete the
 * staged files (the job store has copied them by then).
 *
 * @param request every parameter of the request, control parameters (PHASE, RUNID) included
 * @param parameters what the job stores: the request's parameters less control ones and input files
 * @param files input files staged on disk, by name, stored with the job
 * @param cleanup deletes the staged files
 */
public record JobInput(UwsParams request, Map<String, String> parameters, Map<String, Path> files, Runnable cleanup)
        implements AutoCloseable {

    public boolean hasFiles() {
        return !files.isEmpty();
    }

    @Override
    public void close() {
        cleanup.run();
    }
}
