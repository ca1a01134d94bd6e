package dev.x3ups.quickstart.runtime;

import dev.x3ups.quickstart.summary.WriteBack;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class X3WriteBacksTest {

    @Test
    void readsStatusFlagReasonAndTrackingNumbersFromTheYshiptrkRow() {
        Map<String, Object> row = new HashMap<>();
        row.put("YORDNUM", "SO000007");
        row.put("YSTACOD", "X");
        row.put("YEXCFLG", 2);
        row.put("YEXCRSN", "Returned to shipper");
        row.put("YTRKNUM", List.of("1ZA1B2C30312345671", "", ""));

        WriteBack wb = X3WriteBacks.toWriteBack(row);

        assertThat(wb).isEqualTo(new WriteBack("SO000007", "X", true, "Returned to shipper",
                List.of("1ZA1B2C30312345671")));
    }

    @Test
    void flagOneOrMissingIsNoException() {
        assertThat(X3WriteBacks.toWriteBack(Map.of("YORDNUM", "SO1", "YEXCFLG", 1)).exceptionFlag()).isFalse();
        assertThat(X3WriteBacks.toWriteBack(Map.of("YORDNUM", "SO1")).exceptionFlag()).isFalse();
        assertThat(X3WriteBacks.toWriteBack(Map.of("YORDNUM", "SO1", "YEXCFLG", "2")).exceptionFlag()).isTrue();
    }
}
