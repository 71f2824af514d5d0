package dev.retort.scanner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import dev.retort.dialect.Dialects;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate used as an oracle for the entities of a scan request: the DDL it would run to create
 * the schema, and its own schema validation against a live database (what
 * {@code hibernate.hbm2ddl.auto=validate} does).
 */
public final class HibernateSchemaTool implements AutoCloseable {
    private final HibernateBoot boot;

    private HibernateSchemaTool(HibernateBoot boot) {
        this.boot = boot;
    }

    public static HibernateSchemaTool boot(ScanRequest request) {
        return new HibernateSchemaTool(HibernateBoot.start(request));
    }

    /** Hibernate's DDL for creating the schema, as its JPA script generation writes it: statements ending in {@code ;\n}. */
    public String createScript() {
        return boot.run(() -> {
            StringWriter script = new StringWriter();
            Map<String, Object> settings = new HashMap<>();
            settings.put("jakarta.persistence.schema-generation.database.action", "none");
            settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
            settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            settings.put("hibernate.hbm2ddl.delimiter", ";");
            SchemaManagementToolCoordinator.process(boot.metadata(), boot.registry(), settings, action -> { });
            return script.toString();
        });
    }

    /**
     * Runs Hibernate's schema validation against the given database schema.
     *
     * @throws RetortException of kind MODEL with Hibernate's reason when the database does not match
     */
    public void validate(String jdbcUrl, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            if (schema != null) {
                connection.setSchema(schema);
            }
            boot.run(() -> {
                validate(connection, schema);
                return null;
            });
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE, "Cannot connect to " + Dialects.redact(jdbcUrl) + ": "
                    + EntityClasses.oneLine(e.getMessage()), e);
        }
    }

    private void validate(Connection connection, String schema) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.schema-generation-connection", connection);
        if (schema != null) {
            settings.put("hibernate.default_schema", schema);
        }
        ExceptionHandler rethrow = e -> {
            throw e;
        };
        SchemaManagementTool tool = boot.registry().requireService(SchemaManagementTool.class);
        try {
            tool.getSchemaValidator(settings).doValidation(boot.metadata(),
                    SchemaManagementToolCoordinator.buildExecutionOptions(settings, rethrow), ContributableMatcher.ALL);
        } catch (SchemaManagementException e) {
            throw new RetortException(ErrorKind.MODEL, EntityClasses.oneLine(e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        boot.close();
    }
}
