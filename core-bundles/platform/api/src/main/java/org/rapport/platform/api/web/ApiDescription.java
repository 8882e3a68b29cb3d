package org.rapport.platform.api.web;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The OpenAPI 3 document of the REST resources that the {@code /api} application serves right now (the same as
 * {@code GET /api/openapi.json}), for in-process readers such as the UI's API page.
 */
@ProviderType
public interface ApiDescription {

    /** The document as UTF-8 JSON. */
    byte[] openApiJson();
}
