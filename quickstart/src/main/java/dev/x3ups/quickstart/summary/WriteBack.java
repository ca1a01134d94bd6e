package dev.x3ups.quickstart.summary;

import java.util.List;

/** What the X3 sink wrote back for one order (the simulator's {@code YSHIPTRK} row). */
public record WriteBack(String orderNumber, String statusCode, boolean exceptionFlag, String exceptionReason,
                        List<String> trackingNumbers) {

    public WriteBack {
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
    }

    public boolean delivered() {
        return "D".equals(statusCode);
    }

    public boolean flaggedWithReason() {
        return exceptionFlag && exceptionReason != null && !exceptionReason.isBlank();
    }
}
