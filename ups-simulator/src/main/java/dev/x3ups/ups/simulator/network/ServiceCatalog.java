package dev.x3ups.ups.simulator.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** UPS service codes, their names and which lanes offer them. */
public final class ServiceCatalog {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final Set<String> US_DOMESTIC = Set.of("01", "02", "03", "12", "13", "14", "59");
    private static final Set<String> OTHER_DOMESTIC = Set.of("07", "11", "65");
    private static final Set<String> INTERNATIONAL = Set.of("07", "08", "54", "65");
    private static final Set<String> STANDARD_LANES = Set.of("US", "CA", "MX", "DE", "FR", "GB", "NL", "IT", "ES",
            "BE", "AT", "PL");

    static {
        NAMES.put("01", "Next Day Air");
        NAMES.put("02", "2nd Day Air");
        NAMES.put("03", "Ground");
        NAMES.put("07", "Express");
        NAMES.put("08", "Expedited");
        NAMES.put("11", "UPS Standard");
        NAMES.put("12", "3 Day Select");
        NAMES.put("13", "Next Day Air Saver");
        NAMES.put("14", "UPS Next Day Air Early");
        NAMES.put("54", "Express Plus");
        NAMES.put("59", "2nd Day Air A.M.");
        NAMES.put("65", "UPS Saver");
    }

    private ServiceCatalog() {
    }

    public static boolean known(String code) {
        return NAMES.containsKey(code);
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, "UPS Service");
    }

    public static boolean offered(String code, Address from, Address to) {
        return offeredOn(from, to).contains(code);
    }

    /** The services of a lane in catalog order (what Shop rates). */
    public static List<String> offeredOn(Address from, Address to) {
        String a = from.countryCode();
        String b = to.countryCode();
        boolean usLike = ("US".equals(a) || "PR".equals(a)) && ("US".equals(b) || "PR".equals(b));
        return NAMES.keySet().stream().filter(code -> {
            if (usLike) {
                return US_DOMESTIC.contains(code);
            }
            if (a.equals(b)) {
                return OTHER_DOMESTIC.contains(code);
            }
            return INTERNATIONAL.contains(code)
                    || ("11".equals(code) && STANDARD_LANES.contains(a) && STANDARD_LANES.contains(b));
        }).toList();
    }

    /** Business days in transit, used to plan the tracking timeline. */
    public static int transitDays(String code, int zone) {
        return switch (code) {
            case "01", "13", "14" -> 1;
            case "02", "59" -> 2;
            case "12" -> 3;
            case "03" -> Math.max(1, Math.min(5, zone - 1));
            case "07", "54", "65" -> 2;
            case "08" -> 4;
            default -> 5;
        };
    }
}
