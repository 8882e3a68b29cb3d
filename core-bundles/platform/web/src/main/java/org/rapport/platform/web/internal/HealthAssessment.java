package org.rapport.platform.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.platform.api.health.HealthCheck;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleState;
import org.rapport.platform.api.persistence.DatabaseStatus.DatabaseInfo;

/**
 * Decides UP or DOWN. DOWN when the database does not answer, a module that is installed cannot run,
 * or a contributed check reports a problem. Disabled modules are listed but are no reason for DOWN.
 */
final class HealthAssessment {

    private HealthAssessment() {
    }

    static HealthReport assess(Optional<DatabaseInfo> database, Optional<List<ModuleInfo>> modules,
            List<HealthCheck> checks) {
        List<String> reasons = new ArrayList<>();
        HealthReport.Database db = database
                .map(info -> new HealthReport.Database(info.product(), info.version(), info.up()))
                .orElse(new HealthReport.Database(null, null, false));
        if (database.isEmpty()) {
            reasons.add("database: the persistence platform is not running");
        } else if (!database.get().up()) {
            reasons.add("database: not reachable");
        }
        List<HealthReport.Module> listed = new ArrayList<>();
        if (modules.isEmpty()) {
            reasons.add("modules: the module registry is not running");
        } else {
            for (ModuleInfo module : modules.get()) {
                listed.add(new HealthReport.Module(module.id(), module.version(), module.state().name()));
                if (module.state() == ModuleState.FAILED) {
                    reasons.add("module " + module.id() + ": failed (see rapport:modules)");
                } else if (module.state() == ModuleState.STARTING) {
                    reasons.add("module " + module.id() + ": starting");
                }
            }
        }
        for (HealthCheck check : checks) {
            Optional<String> problem;
            try {
                problem = check.problem();
            } catch (RuntimeException e) {
                problem = Optional.of("the check itself failed");
            }
            problem.ifPresent(text -> reasons.add(check.name() + ": " + text));
        }
        return new HealthReport(reasons.isEmpty() ? HealthReport.UP : HealthReport.DOWN, db, listed,
                List.copyOf(reasons));
    }
}
