// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.nio.file.Path;

/**
 * What one generation run wrote.
 *
 * @param dataFiles FITS files written
 * @param catalogTables catalog files written
 * @param catalogRows rows over all catalog tables
 * @param bytes bytes over every file written, manifest included
 * @param manifest the {@code demo.json} path
 */
public record DemoSummary(int dataFiles, int catalogTables, long catalogRows, long bytes, Path manifest) {}
