package dev.x3ups.quickstart.runtime;

import java.util.Map;

/** How to start the UPS simulator: port, clock speed, seed, the shipper account and the API clients it accepts. */
record UpsSimulatorSettings(int port, double clockSpeed, long seed, String accountNumber,
                                   Map<String, String> clients) {

    public UpsSimulatorSettings {
        clients = Map.copyOf(clients);
    }

    /** Client ids only: the map's values are secrets. */
    @Override
    public String toString() {
        return "UpsSimulatorSettings[port=" + port + ", clockSpeed=" + clockSpeed + ", seed=" + seed
                + ", account=" + accountNumber + ", clients=" + clients.keySet() + "]";
    }
}
