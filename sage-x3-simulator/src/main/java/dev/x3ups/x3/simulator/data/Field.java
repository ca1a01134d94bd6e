package dev.x3ups.x3.simulator.data;

/**
 * One X3 dictionary field: name, type, maximum length (alphanumerics) and dimension (1 = scalar).
 */
public record Field(String name, FieldType type, int length, int dimension) {

    public static Field alpha(String name, int length) {
        return new Field(name, FieldType.ALPHA, length, 1);
    }

    public static Field alpha(String name, int length, int dimension) {
        return new Field(name, FieldType.ALPHA, length, dimension);
    }

    public static Field of(String name, FieldType type) {
        return new Field(name, type, 0, 1);
    }

    public boolean dimensioned() {
        return dimension > 1;
    }
}
