package org.rapport.platform.api.modules;

/** A module could not be enabled or disabled; the message says why in words an admin understands. */
public class ModuleOperationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModuleOperationException(String message) {
        super(message);
    }

    public ModuleOperationException(String message, Throwable cause) {
        super(message, cause);
    }
}
