package dev.retort.diff.reflect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a JDBC connection and counts what reaches the server through it: every execution of a
 * statement it hands out, and every {@link DatabaseMetaData} call that returns a result set.
 */
final class StatementCounter {
    private final AtomicInteger executions = new AtomicInteger();

    int executions() {
        return executions.get();
    }

    Connection wrap(Connection connection) {
        return proxy(Connection.class, connection);
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (isExecution(method)) {
                executions.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement && method.getReturnType() != Object.class) {
                return proxy(statementType(method), statement);
            }
            if (result instanceof DatabaseMetaData metaData) {
                return proxy(DatabaseMetaData.class, metaData);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    @SuppressWarnings("unchecked")
    private static <S extends Statement> Class<S> statementType(Method method) {
        return (Class<S>) method.getReturnType();
    }

    private static boolean isExecution(Method method) {
        String name = method.getName();
        if (method.getDeclaringClass() == DatabaseMetaData.class) {
            return method.getReturnType() == java.sql.ResultSet.class;
        }
        return Statement.class.isAssignableFrom(method.getDeclaringClass())
                && (name.startsWith("execute") || name.equals("executeBatch"));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
