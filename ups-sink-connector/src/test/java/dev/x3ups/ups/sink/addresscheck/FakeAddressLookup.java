package dev.x3ups.ups.sink.addresscheck;

import dev.x3ups.ups.client.address.AddressCandidate;
import dev.x3ups.ups.client.address.AddressCheck;
import dev.x3ups.ups.client.address.AddressClassification;
import dev.x3ups.ups.client.address.AddressVerdict;
import dev.x3ups.ups.client.ship.Address;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Address Validation answering from a map by first street line; records each call as "validate LINE"/"classify LINE". */
public final class FakeAddressLookup implements AddressLookup {
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<AddressCheck>> answers = new HashMap<>();

    public FakeAddressLookup answer(String line, AddressCheck check) {
        answers.put(line, CompletableFuture.completedFuture(check));
        return this;
    }

    public FakeAddressLookup answer(String line, CompletableFuture<AddressCheck> check) {
        answers.put(line, check);
        return this;
    }

    @Override
    public CompletableFuture<AddressCheck> validate(Address address) {
        calls.add("validate " + address.lines().get(0));
        return answerFor(address);
    }

    @Override
    public CompletableFuture<AddressCheck> classify(Address address) {
        calls.add("classify " + address.lines().get(0));
        return answerFor(address);
    }

    private CompletableFuture<AddressCheck> answerFor(Address address) {
        CompletableFuture<AddressCheck> answer = answers.get(address.lines().get(0));
        return answer != null ? answer
                : CompletableFuture.failedFuture(new IllegalStateException("no answer for " + address.lines()));
    }

    public static AddressCheck valid(AddressClassification classification, AddressCandidate match) {
        return new AddressCheck(AddressVerdict.VALID, classification, List.of(match));
    }

    public static AddressCheck classified(AddressClassification classification) {
        return new AddressCheck(AddressVerdict.UNVALIDATED, classification, List.of());
    }

    public static AddressCandidate candidate(String line, String city, String state, String zip, String plus4) {
        return new AddressCandidate(List.of(line), city, state, zip, plus4, null, "US", AddressClassification.UNKNOWN);
    }
}
