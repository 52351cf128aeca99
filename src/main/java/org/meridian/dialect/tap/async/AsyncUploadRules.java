// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import org.meridian.dialect.tap.upload.UploadLoader;
import org.meridian.dialect.tap.upload.UploadUrls;

/**
 * What a request that adds uploads to a job is held to: the upload limits its inline parts are
 * checked against, and the sources its URLs may name (checked with the caller's rights).
 */
record AsyncUploadRules(UploadLoader limits, UploadUrls urls) {}
