package org.rapport.platform.web.internal;

import jakarta.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationBase;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * The {@code /api} REST application. It belongs to this always-present platform bundle so that
 * {@code /api/*} stays a REST address while modules come and go (else it would fall through to the UI).
 * Modules add resources to it with {@code @JakartarsApplicationSelect(RapportRestApplication.SELECT)}.
 */
@Component(service = Application.class)
@JakartarsApplicationBase(RapportRestApplication.BASE)
@JakartarsName(RapportRestApplication.NAME)
public class RapportRestApplication extends Application {

    static final String BASE = "api";
    static final String NAME = "rapport";
    /** The filter module resources and extensions use to join this application. */
    static final String SELECT = "(osgi.jakartars.name=" + NAME + ")";
}
