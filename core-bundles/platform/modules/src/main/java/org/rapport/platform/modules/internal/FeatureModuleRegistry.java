package org.rapport.platform.modules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleOperationException;
import org.rapport.platform.api.modules.ModuleRegistry;
import org.rapport.platform.api.persistence.SchemaStatus;
import org.rapport.platform.api.persistence.SchemaStatusRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The module registry, backed by Karaf's features service: a module is a {@code rapport-<id>} feature. */
@Component(service = ModuleRegistry.class, configurationPid = "org.rapport.platform.modules")
@Designate(ocd = ModuleRegistryConfig.class)
public class FeatureModuleRegistry implements ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureModuleRegistry.class);

    private final FeaturesService features;
    private final BundleContext context;
    private final List<SchemaStatusRegistry> schemaRegistries = new CopyOnWriteArrayList<>();
    private volatile Set<String> requiredModules;

    @Activate
    public FeatureModuleRegistry(@Reference FeaturesService features, BundleContext context,
            ModuleRegistryConfig config) {
        this.features = features;
        this.context = context;
        configure(config);
    }

    @Modified
    void configure(ModuleRegistryConfig config) {
        requiredModules = Set.copyOf(Arrays.asList(config.required_modules()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSchemaRegistry(SchemaStatusRegistry registry) {
        schemaRegistries.add(registry);
    }

    void removeSchemaRegistry(SchemaStatusRegistry registry) {
        schemaRegistries.remove(registry);
    }

    @Override
    public List<ModuleInfo> modules() {
        List<ModuleInfo> result = new ArrayList<>();
        for (Feature feature : moduleFeatures().values()) {
            result.add(describe(feature));
        }
        result.sort(Comparator.comparing(ModuleInfo::id));
        return result;
    }

    @Override
    public Optional<ModuleInfo> module(String id) {
        return Optional.ofNullable(moduleFeatures().get(id)).map(this::describe);
    }

    @Override
    public ModuleInfo disable(String id) throws ModuleOperationException {
        Feature feature = requireFeature(id);
        if (requiredModules.contains(id)) {
            throw new ModuleOperationException("Module '" + id + "' is part of the platform and cannot be disabled.");
        }
        if (!features.isInstalled(feature)) {
            return describe(feature);
        }
        LOG.info("Disabling module '{}': uninstalling feature {}/{}; its data is kept", id, feature.getName(),
                feature.getVersion());
        try {
            features.uninstallFeature(feature.getName(), feature.getVersion());
        } catch (Exception e) {
            LOG.error("Disabling module '{}' failed", id, e);
            throw new ModuleOperationException("Module '" + id + "' could not be disabled: " + e.getMessage(), e);
        }
        ModuleInfo info = describe(feature);
        LOG.info("Module '{}' is now {}", id, info.state());
        return info;
    }

    @Override
    public ModuleInfo enable(String id) throws ModuleOperationException {
        Feature feature = requireFeature(id);
        if (features.isInstalled(feature)) {
            return describe(feature);
        }
        LOG.info("Enabling module '{}': installing feature {}/{}", id, feature.getName(), feature.getVersion());
        try {
            features.installFeature(feature.getName(), feature.getVersion());
        } catch (Exception e) {
            LOG.error("Enabling module '{}' failed", id, e);
            throw new ModuleOperationException("Module '" + id + "' could not be enabled: " + e.getMessage(), e);
        }
        ModuleInfo info = describe(feature);
        LOG.info("Module '{}' is now {}", id, info.state());
        return info;
    }

    private Feature requireFeature(String id) throws ModuleOperationException {
        Feature feature = moduleFeatures().get(id);
        if (feature == null) {
            throw new ModuleOperationException("No module '" + id + "'. Known modules: "
                    + String.join(", ", moduleFeatures().keySet()));
        }
        return feature;
    }

    /** The newest version of every {@code rapport-*} feature, by module id. */
    private Map<String, Feature> moduleFeatures() {
        Feature[] all;
        try {
            all = features.listFeatures();
        } catch (Exception e) {
            throw new IllegalStateException("Karaf could not list its features: " + e.getMessage(), e);
        }
        Map<String, Feature> byId = new HashMap<>();
        for (Feature feature : all) {
            if (!ModuleFeature.isModuleFeature(feature.getName())) {
                continue;
            }
            String id = ModuleFeature.idOf(feature.getName());
            byId.merge(id, feature, (a, b) -> version(a).compareTo(version(b)) >= 0 ? a : b);
        }
        return new TreeMap<>(byId);
    }

    private static Version version(Feature feature) {
        try {
            return Version.parseVersion(feature.getVersion());
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }

    private ModuleInfo describe(Feature feature) {
        String id = ModuleFeature.idOf(feature.getName());
        List<String> locations = feature.getBundles().stream().map(BundleInfo::getLocation).toList();
        String title = feature.getDescription() == null || feature.getDescription().isBlank()
                ? id : feature.getDescription();
        ModuleFeature module = new ModuleFeature(id, feature.getName(), title, feature.getVersion(),
                requiredModules.contains(id), locations);
        boolean installed = features.isInstalled(feature);
        List<BundleSnapshot> bundles = installed ? snapshots(locations) : List.of();
        List<SchemaStatus> schemas = schemaRegistries.stream()
                .flatMap(registry -> registry.statuses().stream())
                .filter(status -> id.equals(status.moduleId()))
                .toList();
        return ModuleStates.describe(module, installed, bundles, schemas);
    }

    private List<BundleSnapshot> snapshots(List<String> locations) {
        List<BundleSnapshot> snapshots = new ArrayList<>();
        for (String location : locations) {
            Bundle bundle = context.getBundle(location);
            if (bundle == null) {
                snapshots.add(new BundleSnapshot(location, BundleSnapshot.Condition.MISSING));
                continue;
            }
            snapshots.add(new BundleSnapshot(bundle.getSymbolicName(), condition(bundle)));
        }
        return snapshots;
    }

    private static BundleSnapshot.Condition condition(Bundle bundle) {
        boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> BundleSnapshot.Condition.RUNNING;
            case Bundle.RESOLVED -> fragment ? BundleSnapshot.Condition.RUNNING : BundleSnapshot.Condition.NOT_STARTED;
            case Bundle.STARTING, Bundle.STOPPING -> BundleSnapshot.Condition.NOT_STARTED;
            case Bundle.INSTALLED -> BundleSnapshot.Condition.UNRESOLVED;
            default -> BundleSnapshot.Condition.MISSING;
        };
    }
}
