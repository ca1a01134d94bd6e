package dev.x3ups.ups.client.pickup;

import dev.x3ups.ups.client.ship.Weight;
import dev.x3ups.ups.client.ship.WeightUnit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One on-call pickup: where, which local day and window ({@code readyTime} to {@code closeTime}, site-local), the
 * packages per service, destination country and container, their total weight and whether any one package is
 * overweight (over 70 lb / 32 kg: UPS means a single package, not the total), our reference (UPS's
 * {@code ReferenceNumber}, ≤ 35 characters, returned by pending status: the key to reconcile a lost answer),
 * payment, and whether UPS should rate it in the same call.
 */
public record PickupRequest(PickupAddress address, boolean alternateAddress, LocalDate date, LocalTime readyTime,
                            LocalTime closeTime, List<PickupPiece> pieces, Weight totalWeight, boolean overweight,
                            String reference, PickupPayment payment, boolean rate, String specialInstruction,
                            boolean labelsPrinted) {
    public static final int MAX_REFERENCE = 35;
    public static final int MAX_SPECIAL_INSTRUCTION = 57;
    /** Return plus forward packages of one pickup. */
    public static final int MAX_TOTAL_PIECES = 9999;

    public PickupRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(readyTime, "readyTime");
        Objects.requireNonNull(closeTime, "closeTime");
        Objects.requireNonNull(payment, "payment");
        pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("an on-call pickup needs at least one piece");
        }
        if (pieces.stream().mapToInt(PickupPiece::quantity).sum() > MAX_TOTAL_PIECES) {
            throw new IllegalArgumentException("UPS takes at most " + MAX_TOTAL_PIECES + " packages per pickup");
        }
        if (!readyTime.isBefore(closeTime)) {
            throw new IllegalArgumentException("ready time " + readyTime + " must be before close time " + closeTime);
        }
        if (totalWeight != null && totalWeight.unit() == WeightUnit.OZS) {
            throw new IllegalArgumentException("a pickup's total weight is in LBS or KGS");
        }
        if (reference != null && (reference.isEmpty() || reference.length() > MAX_REFERENCE)) {
            throw new IllegalArgumentException("pickup reference is 1 to " + MAX_REFERENCE + " characters");
        }
        if (specialInstruction != null && (specialInstruction.isEmpty()
                || specialInstruction.length() > MAX_SPECIAL_INSTRUCTION)) {
            throw new IllegalArgumentException("special instruction is 1 to " + MAX_SPECIAL_INSTRUCTION + " characters");
        }
    }

    /** Total packages over all pieces. */
    public int packageCount() {
        return pieces.stream().mapToInt(PickupPiece::quantity).sum();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: alternate address (a warehouse is rarely the account's profile address), no rating, no payment. */
    public static final class Builder {
        private PickupAddress address;
        private boolean alternateAddress = true;
        private LocalDate date;
        private LocalTime readyTime;
        private LocalTime closeTime;
        private final List<PickupPiece> pieces = new ArrayList<>();
        private Weight totalWeight;
        private boolean overweight;
        private String reference;
        private PickupPayment payment = PickupPayment.none();
        private boolean rate;
        private String specialInstruction;
        private boolean labelsPrinted;

        private Builder() {
        }

        public Builder address(PickupAddress value) {
            this.address = value;
            return this;
        }

        public Builder alternateAddress(boolean value) {
            this.alternateAddress = value;
            return this;
        }

        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        /** The site-local window in which the packages are ready. */
        public Builder window(LocalTime ready, LocalTime close) {
            this.readyTime = ready;
            this.closeTime = close;
            return this;
        }

        public Builder piece(PickupPiece value) {
            this.pieces.add(value);
            return this;
        }

        public Builder pieces(List<PickupPiece> values) {
            this.pieces.addAll(values);
            return this;
        }

        public Builder totalWeight(Weight value) {
            this.totalWeight = value;
            return this;
        }

        public Builder overweight(boolean value) {
            this.overweight = value;
            return this;
        }

        public Builder reference(String value) {
            this.reference = value;
            return this;
        }

        public Builder payment(PickupPayment value) {
            this.payment = value;
            return this;
        }

        public Builder rate(boolean value) {
            this.rate = value;
            return this;
        }

        public Builder specialInstruction(String value) {
            this.specialInstruction = value;
            return this;
        }

        public Builder labelsPrinted(boolean value) {
            this.labelsPrinted = value;
            return this;
        }

        public PickupRequest build() {
            return new PickupRequest(address, alternateAddress, date, readyTime, closeTime, pieces, totalWeight,
                    overweight, reference, payment, rate, specialInstruction, labelsPrinted);
        }
    }
}
