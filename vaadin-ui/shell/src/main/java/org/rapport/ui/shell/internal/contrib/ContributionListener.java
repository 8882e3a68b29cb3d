package org.rapport.ui.shell.internal.contrib;

import org.rapport.ui.api.ViewContribution;

/** Told about every change of the contributed services, on the thread of the OSGi service event. */
public interface ContributionListener {

    void viewAdded(ViewContribution view);

    void viewRemoved(ViewContribution view);

    /** Widgets, search providers, tabs or message bundles changed. */
    void othersChanged();
}
