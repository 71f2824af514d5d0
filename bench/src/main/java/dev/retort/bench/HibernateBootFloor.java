package dev.retort.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The Hibernate floor: builds Hibernate's boot metamodel of the entity classes in a directory, with
 * the settings Retort's scanner uses, and nothing else (no class scanning library, no walk of the
 * result). Run in a fresh JVM on {@code retort.jar}: {@code HibernateBootFloor CLASSES_DIR PACKAGE}.
 * Prints the entity count and the in-process time on stderr.
 */
public final class HibernateBootFloor {
    /** Strong reference: java.util.logging forgets the level of a logger nobody holds. */
    private static Logger hibernateLogger;

    private HibernateBootFloor() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        System.setProperty("org.jboss.logging.provider", "jdk");
        hibernateLogger = Logger.getLogger("org.hibernate");
        hibernateLogger.setLevel(Level.OFF);
        Path classes = Path.of(args[0]);
        String packageName = args[1];
        List<String> names = classNames(classes, packageName);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateBootFloor.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                    .applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
                    .applySetting("jakarta.persistence.database-product-version", "15.0")
                    .applySetting("jakarta.persistence.database-major-version", "15")
                    .applySetting("jakarta.persistence.database-minor-version", "0")
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .applySetting("hibernate.xml_mapping_enabled", "false")
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            for (String name : names) {
                sources.addAnnotatedClass(Class.forName(name, false, loader));
            }
            Metadata metadata = sources.getMetadataBuilder().build();
            int entities = metadata.getEntityBindings().size();
            StandardServiceRegistryBuilder.destroy(registry);
            System.err.printf("Hibernate boot: %d entities (%d ms)%n", entities, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static List<String> classNames(Path classes, String packageName) throws Exception {
        Path dir = classes.resolve(packageName.replace('.', '/'));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .sorted().forEach(n -> names.add(packageName + "." + n.substring(0, n.length() - 6)));
        }
        return names;
    }
}
