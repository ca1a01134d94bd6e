package dev.x3ups.quickstart.runtime;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * Child-first for a few package prefixes, parent-first for everything else. It lets the UPS simulator
 * run on its own Jetty (12.1) beside Connect's (12.0) while sharing the JDK, SLF4J, Jackson and the
 * quickstart's own interfaces with the rest of the process.
 */
final class IsolatedClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<String> isolatedPrefixes;

    IsolatedClassLoader(URL[] urls, ClassLoader parent, List<String> isolatedPrefixes) {
        super("isolated-ups-simulator", urls, parent);
        this.isolatedPrefixes = List.copyOf(isolatedPrefixes);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isolated(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException e) {
                    c = super.loadClass(name, false);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    public URL getResource(String name) {
        String asClass = name.replace('/', '.');
        if (isolated(asClass)) {
            URL own = findResource(name);
            if (own != null) {
                return own;
            }
        }
        return super.getResource(name);
    }

    boolean isolated(String className) {
        return isolatedPrefixes.stream().anyMatch(className::startsWith);
    }
}
