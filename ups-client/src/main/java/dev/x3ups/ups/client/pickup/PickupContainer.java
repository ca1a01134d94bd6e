package dev.x3ups.ups.client.pickup;

/** UPS's {@code PickupPiece.ContainerCode}. Pallets are for freight services only. */
public enum PickupContainer {
    PACKAGE("01"), LETTER("02"), PALLET("03");

    private final String code;

    PickupContainer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
