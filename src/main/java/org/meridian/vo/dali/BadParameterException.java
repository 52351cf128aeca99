// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.dali;

/** A DALI parameter the caller got wrong: each service answers it as a 400 in its own error form. */
public final class BadParameterException extends Exception {

    public BadParameterException(String message) {
        super(message);
    }
}
