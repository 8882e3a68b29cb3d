package org.rapport.platform.persistence.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.platform.api.audit.NotAudited;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * What every module's persistence unit gets from the platform: ids from the shared sequence table, and the audit
 * trail of every entity.
 */
public class PlatformSession implements SessionCustomizer {

    private static final Pattern UNIT_NAME = Pattern.compile("rapport-(.+)-\\d+-\\d+");

    @Override
    public void customize(Session session) {
        new PlatformSequencing().customize(session);
        AuditListener audit = new AuditListener(moduleOf(session.getName()));
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.getJavaClass().isAnnotationPresent(NotAudited.class)) {
                descriptor.getEventManager().addListener(audit);
            }
        }
        session.getEventManager().addListener(new AuditCommits(PendingAuditRows.everyTransaction()));
    }

    /** The module id in a unit name made by {@link EntityManagerFactories}. */
    static String moduleOf(String unitName) {
        Matcher matcher = UNIT_NAME.matcher(unitName == null ? "" : unitName);
        return matcher.matches() ? matcher.group(1) : String.valueOf(unitName);
    }
}
