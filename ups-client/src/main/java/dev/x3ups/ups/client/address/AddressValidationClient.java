package dev.x3ups.ups.client.address;

import dev.x3ups.ups.client.http.ApiRequest;
import dev.x3ups.ups.client.http.UpsTransport;
import dev.x3ups.ups.client.ship.Address;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/addressvalidation/v2/{requestoption}}: street-level validation with classification (option 3)
 * or classification only (option 2), one address per call (UPS has no batch). Sent through the shared transport,
 * so every check counts in the rate limit and in-flight bound like any UPS call, and is retried like any
 * idempotent call. A refusal (HTTP 400, e.g. a country without street-level data) completes exceptionally with
 * {@link dev.x3ups.ups.client.UpsRejectedException}.
 */
public final class AddressValidationClient {
    /** Candidates asked for by default: enough for a readable hold reason. */
    public static final int DEFAULT_MAX_CANDIDATES = 5;
    private static final String VERSION = "v2";
    private static final String VALIDATE_AND_CLASSIFY = "3";
    private static final String CLASSIFY = "2";
    private static final Set<String> STREET_LEVEL_COUNTRIES = Set.of("US", "PR");

    private final UpsTransport transport;
    private final int maxCandidates;

    public AddressValidationClient(UpsTransport transport) {
        this(transport, DEFAULT_MAX_CANDIDATES);
    }

    public AddressValidationClient(UpsTransport transport, int maxCandidates) {
        if (maxCandidates < 1 || maxCandidates > 50) {
            throw new IllegalArgumentException("UPS returns 1 to 50 candidates, not " + maxCandidates);
        }
        this.transport = transport;
        this.maxCandidates = maxCandidates;
    }

    /** UPS validates street addresses only in the US and Puerto Rico; elsewhere callers should not ask. */
    public static boolean streetLevelCovered(String countryCode) {
        return countryCode != null && STREET_LEVEL_COUNTRIES.contains(countryCode.trim().toUpperCase(Locale.ROOT));
    }

    /** Street-level validation and classification (request option 3). */
    public CompletableFuture<AddressCheck> validate(Address address) {
        return send("address validation", VALIDATE_AND_CLASSIFY, address, true);
    }

    /** Classification only (request option 2): the verdict is {@link AddressVerdict#UNVALIDATED}. */
    public CompletableFuture<AddressCheck> classify(Address address) {
        return send("address classification", CLASSIFY, address, false);
    }

    private CompletableFuture<AddressCheck> send(String operation, String option, Address address,
                                                 boolean withCandidates) {
        ApiRequest request = ApiRequest.post(operation, AddressValidationRequestJson.write(address),
                "addressvalidation", VERSION, option);
        if (withCandidates) {
            request = request.withQuery("maximumcandidatelistsize", Integer.toString(maxCandidates));
        }
        return transport.execute(request).thenApply(response -> AddressValidationResponseReader.read(response.body()));
    }
}
