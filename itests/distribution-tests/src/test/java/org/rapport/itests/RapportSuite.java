package org.rapport.itests;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.rapport.platform.api.modules.ModuleRegistry;

/**
 * What every in-distribution test shares: one container for the whole suite (same configuration,
 * {@code PerSuite}), and the services most tests use.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class RapportSuite {

    @Inject
    protected BundleContext context;

    @Inject
    protected ModuleRegistry modules;

    @Inject
    protected FeaturesService features;

    @Configuration
    public Option[] config() {
        return RapportContainer.options();
    }
}
