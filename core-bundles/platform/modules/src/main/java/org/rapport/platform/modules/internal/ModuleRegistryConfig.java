package org.rapport.platform.modules.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Rapport module registry", description = "Which Rapport modules exist and which can be disabled.")
public @interface ModuleRegistryConfig {

    @AttributeDefinition(name = "Required modules", description = "Ids of modules that can never be disabled.")
    String[] required_modules() default {"platform", "identity", "ui"};
}
