package dev.x3ups.benchmarks.scenario;

import dev.x3ups.benchmarks.report.Figure;
import dev.x3ups.benchmarks.report.Target;
import java.util.List;

/** One benchmark scenario: runs its measurements and says which targets its figures are held against. */
public interface Scenario {

    /** The command-line name ({@code --only}). */
    String id();

    String title();

    List<Figure> run(ScenarioContext context) throws Exception;

    List<Target> targets();
}
