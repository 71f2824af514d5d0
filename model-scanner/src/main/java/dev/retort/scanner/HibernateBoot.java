package dev.retort.scanner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate's boot metamodel for the entities of a {@link ScanRequest}, built offline for
 * PostgreSQL 15: find the classes, load them, build the metadata and put the columns in the order
 * Hibernate's schema export uses. Closing it releases Hibernate's services and the class loader.
 */
final class HibernateBoot implements AutoCloseable {
    private final ScanRequest request;
    private final URLClassLoader loader;
    private final BootstrapServiceRegistry bootstrapRegistry;
    private final StandardServiceRegistry registry;
    private final MetadataImplementor metadata;

    private HibernateBoot(ScanRequest request, URLClassLoader loader, BootstrapServiceRegistry bootstrapRegistry,
                          StandardServiceRegistry registry, MetadataImplementor metadata) {
        this.request = request;
        this.loader = loader;
        this.bootstrapRegistry = bootstrapRegistry;
        this.registry = registry;
        this.metadata = metadata;
    }

    static HibernateBoot start(ScanRequest request) {
        if (request.packages().isEmpty()) {
            throw new RetortException(ErrorKind.CONFIGURATION,
                    "No entity packages given: set retort.model.packages to the packages that hold your entities");
        }
        EntityDiscovery.Found found = EntityDiscovery.find(request.classpath(), request.packages());
        if (found.classNames().isEmpty()) {
            throw noEntities(request);
        }
        URLClassLoader loader = new URLClassLoader(urls(request.classpath()), HibernateBoot.class.getClassLoader());
        try {
            HibernateBoot boot = withContextLoader(loader, () -> QuietLogging.during(() -> build(request, found, loader)));
            if (boot.metadata.getEntityBindings().isEmpty()) {
                boot.close();
                throw noEntities(request);
            }
            return boot;
        } catch (RuntimeException | Error e) {
            closeLoader(loader);
            throw e;
        }
    }

    private static HibernateBoot build(ScanRequest request, EntityDiscovery.Found found, URLClassLoader loader) {
        List<Class<?>> classes = EntityClasses.load(found.classNames(), loader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = null;
        try {
            registry = settings(new StandardServiceRegistryBuilder(bootstrap), request.hibernateSettings()).build();
            MetadataSources sources = new MetadataSources(registry);
            for (String packageName : found.packageNames()) {
                sources.addPackage(packageName);
            }
            for (Class<?> type : classes) {
                sources.addAnnotatedClass(type);
            }
            MetadataBuilder builder = sources.getMetadataBuilder();
            if (request.naming() == NamingStrategy.SPRING) {
                if (!request.hibernateSettings().containsKey(AvailableSettings.PHYSICAL_NAMING_STRATEGY)) {
                    builder.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
                }
                if (!request.hibernateSettings().containsKey(AvailableSettings.IMPLICIT_NAMING_STRATEGY)) {
                    builder.applyImplicitNamingStrategy(new SpringStyleImplicitNaming());
                }
            }
            MetadataImplementor metadata;
            try {
                metadata = (MetadataImplementor) builder.build();
                metadata.orderColumns(true);
                metadata.validate();
            } catch (RetortException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw MappingErrors.translate(e, found.classNames(), request);
            }
            return new HibernateBoot(request, loader, bootstrap, registry, metadata);
        } catch (RuntimeException | Error e) {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            bootstrap.close();
            throw e;
        }
    }

    /**
     * Retort's defaults, then the application's settings, then what the offline boot depends on:
     * PostgreSQL 15 and no JDBC access.
     */
    private static StandardServiceRegistryBuilder settings(StandardServiceRegistryBuilder builder,
                                                           Map<String, String> application) {
        builder.applySetting("hibernate.xml_mapping_enabled", "false");
        application.forEach(builder::applySetting);
        return builder.applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
                .applySetting("jakarta.persistence.database-product-version", "15.0")
                .applySetting("jakarta.persistence.database-major-version", "15")
                .applySetting("jakarta.persistence.database-minor-version", "0")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false");
    }

    static RetortException noEntities(ScanRequest request) {
        return new RetortException(ErrorKind.MODEL, "No entity classes found in packages " + request.packages()
                + " on the classpath " + describe(request.classpath())
                + ": build the project first, and check retort.model.packages and " + Classpaths.KEY);
    }

    private static String describe(List<Path> classpath) {
        if (classpath.isEmpty()) {
            return "(empty)";
        }
        int shown = Math.min(3, classpath.size());
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(classpath.get(i));
        }
        if (classpath.size() > shown) {
            sb.append(", and ").append(classpath.size() - shown).append(" more");
        }
        return sb.append(']').toString();
    }

    private static URL[] urls(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new RetortException(ErrorKind.CONFIGURATION, "The entry " + classpath.get(i) + " of "
                        + Classpaths.KEY + " is not a valid path: " + e.getMessage(), e);
            }
        }
        return urls;
    }

    /** Runs an action with the entity class loader as the thread's context class loader. */
    <T> T run(Supplier<T> action) {
        return withContextLoader(loader, () -> QuietLogging.during(action));
    }

    private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    ScanRequest request() {
        return request;
    }

    MetadataImplementor metadata() {
        return metadata;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        try {
            StandardServiceRegistryBuilder.destroy(registry);
            bootstrapRegistry.close();
        } finally {
            closeLoader(loader);
        }
    }

    private static void closeLoader(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the entity class loader", e);
        }
    }
}
