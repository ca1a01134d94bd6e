package dev.x3ups.ups.client.ship;

/** UPS package weight units (Shipping.yaml PackageWeight). */
public enum WeightUnit {
    LBS, KGS, OZS
}
