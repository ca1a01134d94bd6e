package dev.x3ups.ups.sink.addresscheck;

import static dev.x3ups.ups.sink.addresscheck.FakeAddressLookup.candidate;
import static dev.x3ups.ups.sink.addresscheck.FakeAddressLookup.classified;
import static dev.x3ups.ups.sink.addresscheck.FakeAddressLookup.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.x3ups.ups.client.address.AddressCheck;
import dev.x3ups.ups.client.address.AddressClassification;
import dev.x3ups.ups.client.address.AddressVerdict;
import dev.x3ups.ups.client.ship.Address;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.sink.metrics.SinkMetrics;
import dev.x3ups.ups.sink.site.AddressPolicies;
import dev.x3ups.ups.sink.site.AddressPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ShipToCheckTest {
    private final FakeAddressLookup ups = new FakeAddressLookup();
    private final SinkMetrics metrics = new SinkMetrics();
    private Instant now = Instant.parse("2026-12-07T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private ShipToCheck check(AddressPolicy policy, boolean applyCorrections) {
        return new ShipToCheck(new AddressPolicies(policy, Map.of(), Map.of()), applyCorrections,
                new AddressCache(100, Duration.ofDays(180), clock), ups, metrics);
    }

    private static Party to(String line, String city, String state, String zip, String country, boolean residential) {
        return new Party("Jane Doe", null, "4045550123", null,
                new Address(List.of(line), city, state, zip, country, residential));
    }

    @Test
    void classifySendsUpsClassificationInsteadOfX3sFlagAndCountsTheChange() throws Exception {
        ups.answer("12 Elm St", classified(AddressClassification.RESIDENTIAL))
                .answer("1 Commerce Way", classified(AddressClassification.COMMERCIAL));

        CheckedShipTo home = check(AddressPolicy.CLASSIFY, false).check("ATL", to("12 Elm St", "Alpharetta", "GA",
                "30005", "US", false)).get();
        CheckedShipTo office = check(AddressPolicy.CLASSIFY, false).check("ATL", to("1 Commerce Way", "Atlanta",
                "GA", "30303", "US", true)).get();

        assertThat(home.party().address().residential()).isTrue();
        assertThat(home.note()).contains("residential (X3: commercial)");
        assertThat(office.party().address().residential()).isFalse();
        assertThat(ups.calls).containsExactly("classify 12 Elm St", "classify 1 Commerce Way");
        assertThat(metrics.classificationChangesTotal()).isEqualTo(2);
        assertThat(metrics.addressChecksTotal()).isEqualTo(2);
    }

    @Test
    void anAgreeingOrUnknownClassificationSendsX3sAddressAsItIs() throws Exception {
        ups.answer("12 Elm St", classified(AddressClassification.RESIDENTIAL))
                .answer("9 Nowhere Rd", classified(AddressClassification.UNKNOWN));
        Party home = to("12 Elm St", "Alpharetta", "GA", "30005", "US", true);
        Party unknown = to("9 Nowhere Rd", "Alpharetta", "GA", "30005", "US", true);
        ShipToCheck check = check(AddressPolicy.CLASSIFY, false);

        assertThat(check.check("ATL", home).get()).isEqualTo(new CheckedShipTo(home, null));
        assertThat(check.check("ATL", unknown).get()).isEqualTo(new CheckedShipTo(unknown, null));
        assertThat(metrics.classificationChangesTotal()).isZero();
    }

    @Test
    void validateHoldsAnAmbiguousAddressWithUpsCandidatesAndAnUnknownOne() {
        ups.answer("100 Main St", new AddressCheck(AddressVerdict.AMBIGUOUS, AddressClassification.UNKNOWN,
                        List.of(candidate("100 MAIN ST N", "SPRINGFIELD", "IL", "62701", "1234"),
                                candidate("100 MAIN ST S", "SPRINGFIELD", "IL", "62703", null))))
                .answer("1 Nowhere", new AddressCheck(AddressVerdict.NO_CANDIDATES, AddressClassification.UNKNOWN,
                        List.of()));
        ShipToCheck check = check(AddressPolicy.VALIDATE, false);

        assertThatThrownBy(() -> check.check("ATL", to("100 Main St", "Springfield", "IL", "62701", "US", false)).get())
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(AddressHeldException.class)
                .hasMessageContaining("100 MAIN ST N, SPRINGFIELD IL 62701-1234, US | 100 MAIN ST S, SPRINGFIELD IL 62703, US")
                .extracting(e -> ((AddressHeldException) e).code()).isEqualTo(AddressHeldException.ADDRESS_AMBIGUOUS);
        assertThatThrownBy(() -> check.check("ATL", to("1 Nowhere", "Springfield", "IL", "62701", "US", false)).get())
                .cause().isInstanceOf(AddressHeldException.class).hasMessageContaining("1 Nowhere, Springfield IL 62701")
                .extracting(e -> ((AddressHeldException) e).code()).isEqualTo(AddressHeldException.ADDRESS_UNKNOWN);
        assertThat(ups.calls).containsExactly("validate 100 Main St", "validate 1 Nowhere");
    }

    @Test
    void aValidAddressShipsAsX3HasItUnlessCorrectionsAreApplied() throws Exception {
        ups.answer("12 elm st.", valid(AddressClassification.RESIDENTIAL,
                candidate("12 ELM ST", "ALPHARETTA", "GA", "30005", "1234")));
        Party x3 = to("12 elm st.", "alpharetta", "GA", "30005", "US", true);

        assertThat(check(AddressPolicy.VALIDATE, false).check("ATL", x3).get()).isEqualTo(new CheckedShipTo(x3, null));

        CheckedShipTo corrected = check(AddressPolicy.VALIDATE, true).check("ATL", x3).get();
        assertThat(corrected.party().address()).isEqualTo(
                new Address(List.of("12 ELM ST"), "ALPHARETTA", "GA", "300051234", "US", true));
        assertThat(corrected.party().name()).isEqualTo("Jane Doe");
        assertThat(corrected.note()).isEqualTo("sent UPS's form of the ship-to: 12 ELM ST, ALPHARETTA GA 300051234, US "
                + "(X3: 12 elm st., alpharetta GA 30005, US)");
        assertThat(x3.address().lines()).containsExactly("12 elm st."); // X3's party is never changed
    }

    @Test
    void addressesOutsideTheUsAndPuertoRicoAndPolicyOffPassThroughWithoutACall() throws Exception {
        Party canada = to("6800 Maritz Dr", "Mississauga", "ON", "L5W1W2", "CA", false);
        Party us = to("12 Elm St", "Alpharetta", "GA", "30005", "US", false);

        assertThat(check(AddressPolicy.VALIDATE, true).check("ATL", canada).get()).isEqualTo(new CheckedShipTo(canada, null));
        assertThat(check(AddressPolicy.OFF, true).check("ATL", us).get()).isEqualTo(new CheckedShipTo(us, null));
        assertThat(ShipToCheck.NONE.check("ATL", us).get()).isEqualTo(new CheckedShipTo(us, null));
        assertThat(ups.calls).isEmpty();
        assertThat(metrics.addressChecksTotal()).isZero();
    }

    @Test
    void aRepeatCustomerCostsNoCallEvenSpelledDifferentlyUntilTheAnswerIsTooOld() throws Exception {
        ups.answer("12 Elm St", classified(AddressClassification.RESIDENTIAL))
                .answer("12 ELM ST.", classified(AddressClassification.RESIDENTIAL));
        ShipToCheck check = check(AddressPolicy.CLASSIFY, false);

        check.check("ATL", to("12 Elm St", "Alpharetta", "GA", "30005", "US", false)).get();
        check.check("ATL", to("12 ELM ST.", "ALPHARETTA", "ga", "30005-1234", "US", false)).get();
        now = now.plus(Duration.ofDays(181));
        check.check("ATL", to("12 Elm St", "Alpharetta", "GA", "30005", "US", false)).get();

        assertThat(ups.calls).containsExactly("classify 12 Elm St", "classify 12 Elm St");
        assertThat(metrics.addressChecksTotal()).isEqualTo(2);
        assertThat(metrics.addressCacheHitsTotal()).isEqualTo(1);
    }

    @Test
    void concurrentOrdersToOneAddressShareOneCall() throws Exception {
        CompletableFuture<AddressCheck> answer = new CompletableFuture<>();
        ups.answer("12 Elm St", answer);
        ShipToCheck check = check(AddressPolicy.CLASSIFY, false);

        CompletableFuture<CheckedShipTo> first = check.check("ATL", to("12 Elm St", "Alpharetta", "GA", "30005", "US", false));
        CompletableFuture<CheckedShipTo> second = check.check("ATL", to("12 Elm St", "Alpharetta", "GA", "30005", "US", false));
        answer.complete(classified(AddressClassification.RESIDENTIAL));

        assertThat(first.get().party().address().residential()).isTrue();
        assertThat(second.get().party().address().residential()).isTrue();
        assertThat(ups.calls).hasSize(1);
    }

    @Test
    void whenUpsCannotBeAskedClassifyKeepsX3sFlagAndValidateFailsAndNothingIsCached() throws Exception {
        Party home = to("12 Elm St", "Alpharetta", "GA", "30005", "US", true);
        ups.answer("12 Elm St", CompletableFuture.failedFuture(new IllegalStateException("UPS 503")));

        CheckedShipTo classified = check(AddressPolicy.CLASSIFY, false).check("ATL", home).get();
        assertThat(classified.party()).isEqualTo(home);
        assertThat(classified.note()).contains("not classified by UPS").contains("UPS 503");
        ShipToCheck validate = check(AddressPolicy.VALIDATE, false);
        assertThatThrownBy(() -> validate.check("ATL", home).get()).hasRootCauseMessage("UPS 503");

        ups.answer("12 Elm St", valid(AddressClassification.RESIDENTIAL, candidate("12 ELM ST", "ALPHARETTA", "GA",
                "30005", null)));
        assertThat(validate.check("ATL", home).get().party()).isEqualTo(home);
        assertThat(ups.calls).hasSize(3);
    }

    @Test
    void theCacheDropsTheLeastRecentlyUsedAddressBeyondItsSize() {
        AddressCache cache = new AddressCache(2, Duration.ofDays(1), clock);
        AddressCheck answer = classified(AddressClassification.COMMERCIAL);
        for (String line : List.of("1 A St", "2 B St", "1 A St", "3 C St")) {
            cache.get(AddressKey.of(false, new Address(List.of(line), "X", "GA", "30005", "US", false)),
                    () -> CompletableFuture.completedFuture(answer));
        }
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(AddressKey.of(false, new Address(List.of("1 A St"), "X", "GA", "30005", "US", false)),
                () -> CompletableFuture.completedFuture(answer)).cached()).isTrue();
        assertThat(cache.get(AddressKey.of(false, new Address(List.of("2 B St"), "X", "GA", "30005", "US", false)),
                () -> CompletableFuture.completedFuture(answer)).cached()).isFalse();
    }
}
