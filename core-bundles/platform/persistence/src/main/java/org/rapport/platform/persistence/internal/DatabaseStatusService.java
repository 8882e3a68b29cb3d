package org.rapport.platform.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.platform.api.persistence.DatabaseStatus;

/** Reports the database product and whether it answers; never the URL or the credentials. */
@Component(service = DatabaseStatus.class)
public class DatabaseStatusService implements DatabaseStatus {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Reference(target = "(dataSourceName=rapport)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile DataSource dataSource;

    @Override
    public DatabaseInfo check() {
        DataSource current = dataSource;
        if (current == null) {
            return new DatabaseInfo(null, null, false,
                    "No 'rapport' DataSource is configured (etc/org.ops4j.datasource-rapport.cfg)");
        }
        try (Connection connection = current.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String product = metaData.getDatabaseProductName();
            String version = metaData.getDatabaseProductVersion();
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return new DatabaseInfo(product, version, false, "The database did not answer in time");
            }
            return new DatabaseInfo(product, version, true, null);
        } catch (SQLException e) {
            return new DatabaseInfo(null, null, false, "The database cannot be reached: " + e.getMessage());
        }
    }
}
