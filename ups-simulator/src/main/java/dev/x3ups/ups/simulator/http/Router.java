package dev.x3ups.ups.simulator.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route for a request; first match wins. */
public final class Router {
    public record Match(Route route, Map<String, String> pathParams) { }

    private final List<Route> routes;

    public Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public Optional<Match> find(String method, String path) {
        for (Route r : routes) {
            Optional<Map<String, String>> vars = r.match(method, path);
            if (vars.isPresent()) {
                return Optional.of(new Match(r, vars.get()));
            }
        }
        return Optional.empty();
    }

    /** True when some route has this path under another method (405 instead of 404). */
    public boolean knowsPath(String path) {
        return routes.stream().anyMatch(r -> r.match(r.method(), path).isPresent());
    }
}
