package dev.retort.diff;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A connection that counts the statements sent through it, and the transaction calls. */
final class CountingConnection {
    final AtomicInteger statements = new AtomicInteger();
    final Connection connection;

    CountingConnection(Connection target) {
        connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler(target, true));
    }

    private InvocationHandler handler(Object target, boolean isConnection) {
        Set<String> counted = isConnection
                ? Set.of("commit", "rollback", "setAutoCommit", "prepareStatement", "prepareCall", "nativeSQL")
                : Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");
        return (proxy, method, args) -> {
            if (counted.contains(method.getName())) {
                statements.incrementAndGet();
            }
            try {
                Object result = method.invoke(target, args);
                if (isConnection && method.getName().equals("createStatement")) {
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                            handler(result, false));
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
