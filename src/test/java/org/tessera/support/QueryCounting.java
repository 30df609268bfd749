package org.tessera.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Counts the SQL statements each HTTP request runs and returns the count in an {@code X-Query-Count} header, so tests
 * can guard pages and API calls against N+1 regressions. Statements are counted on the request's thread only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

    public static final String HEADER = "X-Query-Count";
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
                    return proxy(DataSource.class, dataSource, (target, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection c ? proxy(Connection.class, c, QueryCounting::connection) : result;
                    });
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> queryCountHeader() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var wrapped = new ContentCachingResponseWrapper(response);
                COUNT.set(new int[1]);
                try {
                    chain.doFilter(request, wrapped);
                } finally {
                    wrapped.setHeader(HEADER, String.valueOf(COUNT.get()[0]));
                    COUNT.remove();
                    wrapped.copyBodyToResponse();
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static Object connection(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Statement statement) {
            Class<?> type = method.getName().equals("prepareCall") ? java.sql.CallableStatement.class
                    : method.getName().equals("prepareStatement") ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, statement, (s, m, a) -> {
                if (m.getName().startsWith("execute")) {
                    int[] count = COUNT.get();
                    if (count != null) {
                        count[0]++;
                    }
                }
                return invoke(s, m, a);
            });
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        return (T) Proxy.newProxyInstance(QueryCounting.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> handler.handle(target, method, args));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }
}
