package dev.x3ups.it.secrets;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the level of some logger name prefixes for the length of a test, in this JVM's one logging binding
 * (slf4j-simple): loggers that exist already are changed in place, loggers created meanwhile pick the level up
 * from the system property slf4j-simple reads on creation. {@link #close()} puts everything back.
 * The hygiene test uses it so secrets written only at DEBUG are caught too.
 */
final class LogLevels implements AutoCloseable {

    private static final String PROPERTY_PREFIX = "org.slf4j.simpleLogger.log.";

    private final Map<String, String> previousProperties = new HashMap<>();
    private final Map<Logger, Integer> previousLevels = new HashMap<>();

    private LogLevels() {
    }

    /** {@code levels}: logger name prefix to slf4j-simple level name (trace, debug, info, warn, error). */
    static LogLevels raise(Map<String, String> levels) {
        LogLevels raised = new LogLevels();
        levels.forEach(raised::apply);
        return raised;
    }

    private void apply(String prefix, String level) {
        String property = PROPERTY_PREFIX + prefix;
        previousProperties.putIfAbsent(property, System.getProperty(property));
        System.setProperty(property, level);
        int value = levelValue(level);
        for (Map.Entry<String, Logger> logger : loggers().entrySet()) {
            if (logger.getKey().equals(prefix) || logger.getKey().startsWith(prefix + ".")) {
                previousLevels.putIfAbsent(logger.getValue(), currentLevel(logger.getValue()));
                setLevel(logger.getValue(), value);
            }
        }
    }

    @Override
    public void close() {
        previousProperties.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
        previousLevels.forEach(LogLevels::setLevel);
        // loggers created while raised: back to what the configuration gives them now
        for (Map.Entry<String, Logger> logger : loggers().entrySet()) {
            if (!previousLevels.containsKey(logger.getValue()) && underRaisedPrefix(logger.getKey())) {
                setLevel(logger.getValue(), configuredLevel(logger.getValue()));
            }
        }
    }

    private boolean underRaisedPrefix(String name) {
        return previousProperties.keySet().stream().map(p -> p.substring(PROPERTY_PREFIX.length()))
                .anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    private static int configuredLevel(Logger logger) {
        try {
            var compute = simpleLogger().getDeclaredMethod("recursivelyComputeLevelString");
            compute.setAccessible(true);
            String level = (String) compute.invoke(logger);
            if (level != null) {
                return levelValue(level);
            }
            Field config = simpleLogger().getDeclaredField("CONFIG_PARAMS");
            config.setAccessible(true);
            Object params = config.get(null);
            Field defaultLevel = params.getClass().getDeclaredField("defaultLogLevel");
            defaultLevel.setAccessible(true);
            return defaultLevel.getInt(params);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, Logger> loggers() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        try {
            Field map = factory.getClass().getDeclaredField("loggerMap");
            map.setAccessible(true);
            return (ConcurrentMap<String, Logger>) map.get(factory);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the logging binding is not slf4j-simple: " + factory.getClass(), e);
        }
    }

    private static int levelValue(String level) {
        try {
            Field field = simpleLogger().getDeclaredField("LOG_LEVEL_" + level.toUpperCase(Locale.ROOT));
            field.setAccessible(true);
            return field.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("unknown level " + level, e);
        }
    }

    private static int currentLevel(Logger logger) {
        try {
            return levelField().getInt(logger);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setLevel(Logger logger, int level) {
        try {
            levelField().setInt(logger, level);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field levelField() {
        try {
            Field field = simpleLogger().getDeclaredField("currentLogLevel");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> simpleLogger() {
        try {
            return Class.forName("org.slf4j.simple.SimpleLogger");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("slf4j-simple is not on the class path", e);
        }
    }
}
