package dev.x3ups.it.secrets;

/**
 * One secret found where it must not be. Carries the secret's label and the place, never the secret,
 * so an assertion failure listing leaks does not leak again into the test report.
 */
record Leak(String secretLabel, String surface, int offset, String context) {

    @Override
    public String toString() {
        return secretLabel + " in " + surface + " at " + offset + " (…" + context + "…)";
    }
}
