package dev.x3ups.ups.sink.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSpeedTest {

    @Test
    void fasterServicesFirstThenUnrankedByCode() {
        List<String> codes = new ArrayList<>(List.of("03", "96", "12", "02", "01", "71", "14", "11", "07"));

        codes.sort(ServiceSpeed.FASTEST_FIRST_ORDER);

        assertThat(codes).containsExactly("14", "01", "07", "02", "12", "11", "03", "71", "96");
    }
}
