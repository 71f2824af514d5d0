package dev.retort.scanner;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.PackageInfo;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Finds the mapped classes of some packages on a classpath by reading class files, without loading them. */
final class EntityDiscovery {
    private static final List<String> MAPPING_ANNOTATIONS = List.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    /**
     * @param classNames   the classes carrying a JPA mapping annotation, sorted
     * @param packageNames the packages whose {@code package-info} carries annotations (generators, filters), sorted
     */
    record Found(List<String> classNames, List<String> packageNames) {
    }

    private EntityDiscovery() {
    }

    static Found find(List<Path> classpath, List<String> packages) {
        TreeSet<String> classes = new TreeSet<>();
        TreeSet<String> annotatedPackages = new TreeSet<>();
        try (ScanResult scan = new ClassGraph()
                .overrideClasspath(classpath)
                .acceptPackages(packages.toArray(String[]::new))
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .disableRuntimeInvisibleAnnotations()
                .disableModuleScanning()
                .scan()) {
            for (String annotation : MAPPING_ANNOTATIONS) {
                classes.addAll(scan.getClassesWithAnnotation(annotation).getNames());
            }
            for (PackageInfo info : scan.getPackageInfo()) {
                if (!info.getAnnotationInfo().isEmpty()) {
                    annotatedPackages.add(info.getName());
                }
            }
        }
        return new Found(List.copyOf(classes), List.copyOf(annotatedPackages));
    }
}
