package dev.x3ups.x3.simulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.testing.MutableClock;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.SeedData;
import dev.x3ups.x3.simulator.data.SimClock;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class X3AdminTest {

    private X3Admin admin() {
        return new X3Admin(new Folder("SEED", SeedData.masterData(),
                new SimClock(new MutableClock(Instant.parse("2025-01-15T10:00:00Z")), null)));
    }

    @Test
    void generatesTheRequestedShareOfBadOrdersDeterministically() {
        GeneratedOrders a = admin().generate(new GeneratorRequest(20, 5, 0.25, 11));
        assertThat(a.sales()).hasSize(20);
        assertThat(a.purchase()).hasSize(5);
        assertThat(a.bad()).hasSize(5);
        assertThat(a.sales()).containsAll(a.bad());
        assertThat(admin().generate(new GeneratorRequest(20, 5, 0.25, 11))).isEqualTo(a);
        assertThat(admin().generate(new GeneratorRequest(3, 0, 0, 1)).bad()).isEmpty();
    }

    @Test
    void modifyingAMissingOrderSaysSo() {
        assertThatThrownBy(() -> admin().modifySalesOrder("SO000404", Map.of("ORDSTA", 2)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new GeneratorRequest(1, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
