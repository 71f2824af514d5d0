package dev.retort.scanner;

import dev.retort.ErrorKind;
import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.List;

/** Loads the discovered classes and makes sure everything their mapping refers to can be loaded too. */
final class EntityClasses {
    private EntityClasses() {
    }

    static List<Class<?>> load(List<String> names, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>(names.size());
        for (String name : names) {
            classes.add(load(name, loader));
        }
        return classes;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            // Hibernate reflects on members and supertypes; resolve them now, so that a missing
            // class is reported against the entity that needs it.
            type.getDeclaredFields();
            type.getDeclaredMethods();
            type.getGenericSuperclass();
            type.getGenericInterfaces();
            return type;
        } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
            throw new RetortException(ErrorKind.MODEL, "Cannot load " + name + ": " + reason(e)
                    + " (check " + Classpaths.KEY + ": it must hold the compiled entities and the libraries they use)", e);
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof NoClassDefFoundError || e instanceof ClassNotFoundException) {
            String missing = String.valueOf(e.getMessage()).replace('/', '.');
            return "class " + missing + " is missing";
        }
        if (e instanceof TypeNotPresentException t) {
            return "class " + t.typeName() + " is missing";
        }
        return e.getClass().getSimpleName() + ": " + oneLine(e.getMessage());
    }

    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
