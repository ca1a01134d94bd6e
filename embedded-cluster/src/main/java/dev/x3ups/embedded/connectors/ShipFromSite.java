package dev.x3ups.embedded.connectors;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A warehouse the UPS sink ships from: the X3 site code, the shipper address UPS gets for it, its time zone. */
public record ShipFromSite(String code, String name, String street, String city, String state, String postalCode,
                           String country, String phone, String timeZone) {

    // The simulated X3's three warehouses, as config/ups-sink-connector.json describes them.
    public static final ShipFromSite ATLANTA = new ShipFromSite("ATL", "Atlanta Distribution Center",
            "1200 Fulton Industrial Blvd SW", "Atlanta", "GA", "30336", "US", "+1 404-555-0100", "America/New_York");
    public static final ShipFromSite RENO = new ShipFromSite("RNO", "Reno Fulfillment Center", "555 Vassar St",
            "Reno", "NV", "89502", "US", "+1 775-555-0100", "America/Los_Angeles");
    public static final ShipFromSite MISSISSAUGA = new ShipFromSite("MIS", "Mississauga Warehouse", "6800 Maritz Dr",
            "Mississauga", "ON", "L5W 1W2", "CA", "+1 905-555-0100", "America/Toronto");

    public ShipFromSite withPhone(String otherPhone) {
        return new ShipFromSite(code, name, street, city, state, postalCode, country, otherPhone, timeZone);
    }

    /** The UPS sink's {@code sites} list and {@code site.<code>.*} keys, every site billed to {@code account}. */
    public static Map<String, String> settings(String account, ShipFromSite... sites) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("sites", Arrays.stream(sites).map(ShipFromSite::code).collect(Collectors.joining(",")));
        for (ShipFromSite site : sites) {
            String p = "site." + site.code() + ".";
            all.put(p + "name", site.name());
            all.put(p + "address.lines", site.street());
            all.put(p + "city", site.city());
            all.put(p + "state", site.state());
            all.put(p + "postal.code", site.postalCode());
            all.put(p + "country", site.country());
            all.put(p + "phone", site.phone());
            // UPS requires the shipper's contact across borders (US <-> CA orders of the simulated X3)
            all.put(p + "attention", "Shipping Dept");
            all.put(p + "account", account);
            all.put(p + "time.zone", site.timeZone());
        }
        return all;
    }
}
