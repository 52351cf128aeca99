// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

/**
 * One result of a job, stored in the FileStore.
 *
 * @param name the UWS result id ({@code result} for TAP)
 * @param storageKey where the bytes are in the FileStore ({@code uws/<job>/<name>})
 */
public record JobResult(String name, String storageKey, String mimeType, long size) {}
