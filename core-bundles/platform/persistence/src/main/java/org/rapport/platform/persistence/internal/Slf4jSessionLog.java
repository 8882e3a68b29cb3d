package org.rapport.platform.persistence.internal;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends EclipseLink's log to the Karaf log. EclipseLink instantiates its logger by class name through
 * the unit's class loader, and its own "JavaLogger" is not visible from a module bundle; this class
 * is, through {@link UnitClassLoader}.
 */
public class Slf4jSessionLog extends AbstractSessionLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
            return;
        }
        String category = entry.getNameSpace() == null ? "default" : entry.getNameSpace();
        Logger logger = LoggerFactory.getLogger("org.eclipse.persistence." + category);
        String message = formatMessage(entry);
        Throwable error = entry.getException();
        switch (entry.getLevel()) {
            case SessionLog.SEVERE -> logger.error(message, error);
            case SessionLog.WARNING -> logger.warn(message, error);
            case SessionLog.INFO, SessionLog.CONFIG -> logger.info(message, error);
            default -> logger.debug(message, error);
        }
    }
}
