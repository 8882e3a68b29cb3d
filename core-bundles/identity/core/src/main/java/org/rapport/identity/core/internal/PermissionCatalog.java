package org.rapport.identity.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.identity.api.PermissionInfo;
import org.rapport.identity.api.Permissions;
import org.rapport.platform.api.security.PermissionSet;

/** The permissions of every running module: they come and go with the modules' {@link PermissionSet} services. */
@Component(service = {Permissions.class, PermissionCatalog.class})
public class PermissionCatalog implements Permissions {

    private final List<PermissionSet> sets = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPermissionSet(PermissionSet set) {
        sets.add(set);
    }

    void removePermissionSet(PermissionSet set) {
        sets.remove(set);
    }

    @Override
    public List<PermissionInfo> available() {
        return sets.stream()
                .flatMap(set -> set.permissions().stream().map(p -> new PermissionInfo(p.id(), set.module(), p.titleKey())))
                .sorted(Comparator.comparing(PermissionInfo::id))
                .toList();
    }

    Set<String> ids() {
        return available().stream().map(PermissionInfo::id).collect(Collectors.toSet());
    }
}
