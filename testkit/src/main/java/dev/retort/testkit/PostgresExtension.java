package dev.retort.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies a fresh {@link TestDatabase} to any test or lifecycle method that declares one as a
 * parameter, and drops it when the method's scope ends (the test, or the class for
 * {@code @BeforeAll}). Use with {@code @ExtendWith(PostgresExtension.class)}.
 */
public final class PostgresExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = PostgresServer.get().createDatabase();
        context.getStore(NAMESPACE).put(database.name(), new Closer(database));
        return database;
    }

    /** Drops the database when JUnit closes the store it sits in. */
    private record Closer(TestDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }
}
