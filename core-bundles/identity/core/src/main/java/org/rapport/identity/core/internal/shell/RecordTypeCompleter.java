package org.rapport.identity.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.rapport.identity.api.RecordTypeView;
import org.rapport.identity.api.SharingAdmin;

@Service
public class RecordTypeCompleter implements Completer {

    @Reference
    SharingAdmin sharing;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        sharing.recordTypes().stream().map(RecordTypeView::id).forEach(names.getStrings()::add);
        return names.complete(session, commandLine, candidates);
    }
}
