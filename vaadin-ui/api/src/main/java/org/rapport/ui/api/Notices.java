package org.rapport.ui.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Provided by the shell: pushes a notice to the open UIs (it appears in the header's notification list and as
 * a toast). The text is a message key with arguments, translated in each user's language.
 */
@ProviderType
public interface Notices {

    enum Level {
        INFO, SUCCESS, WARNING, ERROR
    }

    /** To every open UI. */
    void broadcast(Level level, String messageKey, Object... arguments);
}
