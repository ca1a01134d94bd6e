package dev.x3ups.x3.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedDataTest {

    private final MasterData master = SeedData.masterData();

    @Test
    void everyCodeTheSeedReferencesExists() {
        assertThat(master.sites()).extracting(Site::code).containsExactly("ATL", "RNO", "MIS");
        master.customers().forEach(customer -> customer.deliveryAddresses().forEach(ship -> {
            assertThat(master.deliveryMode(ship.deliveryMode())).as(customer.code() + " delivery mode").isPresent();
            assertThat(ship.address().lines()).as(customer.code() + " address lines").hasSize(3);
        }));
        assertThat(master.customers()).hasSize(12);
        assertThat(master.suppliers()).hasSize(6);
        assertThat(master.items()).hasSize(16);
        assertThat(master.carrier("UPS")).map(Carrier::scac).contains("UPSN");
    }

    @Test
    void decimalsKeepTheScaleTheyAreWrittenWith() {
        Item backpack = master.item("IT0001").orElseThrow();
        assertThat(backpack.price().toPlainString()).isEqualTo("89.90");
        assertThat(backpack.weight().toPlainString()).isEqualTo("1.2");
        assertThat(master.item("IT0015").orElseThrow().hasWeight()).isFalse();
    }

    @Test
    void eachFolderGetsItsOwnCopy() {
        assertThat(SeedData.masterData().customers()).isEqualTo(master.customers())
                .isNotSameAs(master.customers());
        assertThat(SeedData.masterData().customer("C0001").orElseThrow().names())
                .isNotSameAs(master.customer("C0001").orElseThrow().names());
    }
}
