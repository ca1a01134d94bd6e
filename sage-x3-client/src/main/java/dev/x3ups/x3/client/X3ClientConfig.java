package dev.x3ups.x3.client;

import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.auth.X3Credentials;
import dev.x3ups.x3.client.http.TransientMessages;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to talk to one X3 endpoint (folder). Immutable; build with {@link #builder()}.
 * {@code toString()} shows no secret.
 */
public final class X3ClientConfig {
    /** GraphQL path of X3 Services; {@code {endpoint}} is replaced by the endpoint name. */
    public static final String XTREM_PATH = "/xtrem/api";
    /** GraphQL path of the X3 Cloud gateway. */
    public static final String GATEWAY_PATH = "/v1/service/{endpoint}/api";
    /** Header X3 Services reads the endpoint from on GraphQL calls. */
    public static final String XTREM_ENDPOINT_HEADER = "x-xtrem-endpoint";

    private final String baseUrl;
    private final String endpoint;
    private final String folder;
    private final Transport transport;
    private final X3Credentials credentials;
    private final Map<OrderKind, X3Representation> representations;
    private final String graphQlPath;
    private final String graphQlEndpointHeader;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final Duration tokenRenewAhead;
    private final TransientMessages transientMessages;
    private final ItemMasterConfig itemMaster;
    private final WriteBackLookup writeBackLookup;

    private X3ClientConfig(Builder b) {
        this.baseUrl = stripSlash(Objects.requireNonNull(b.baseUrl, "baseUrl"));
        this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint");
        this.folder = b.folder != null ? b.folder : b.endpoint;
        this.transport = b.transport;
        this.credentials = Objects.requireNonNull(b.credentials, "credentials");
        this.representations = Map.copyOf(b.representations);
        this.graphQlPath = b.graphQlPath;
        this.graphQlEndpointHeader = b.graphQlEndpointHeader;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.tokenRenewAhead = b.tokenRenewAhead;
        this.transientMessages = b.transientMessages;
        this.itemMaster = b.itemMaster;
        this.writeBackLookup = b.writeBackLookup;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Scheme, host and port of the Syracuse / X3 Services server, e.g. {@code https://x3:8124}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The Syracuse endpoint, which maps to one X3 folder (e.g. {@code SEED}). */
    public String endpoint() {
        return endpoint;
    }

    /** The folder name put on orders; the endpoint name unless set. */
    public String folder() {
        return folder;
    }

    public Transport transport() {
        return transport;
    }

    public X3Credentials credentials() {
        return credentials;
    }

    public X3Representation representation(OrderKind kind) {
        return representations.get(kind);
    }

    /** GraphQL path with the endpoint filled in. */
    public String graphQlPath() {
        return graphQlPath.replace("{endpoint}", endpoint);
    }

    /** Header naming the endpoint on GraphQL calls ({@code x-xtrem-endpoint}), null for none. */
    public String graphQlEndpointHeader() {
        return graphQlEndpointHeader;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    /** How long before expiry an access token is renewed. */
    public Duration tokenRenewAhead() {
        return tokenRenewAhead;
    }

    /** X3 error messages that mean "busy, retry later" rather than a refusal. */
    public TransientMessages transientMessages() {
        return transientMessages;
    }

    /** Where the item master keeps customs data, and how long item and contact reads are remembered. */
    public ItemMasterConfig itemMaster() {
        return itemMaster;
    }

    /** Where the order feed reads the X3 sink's write-back record of a page's orders; disabled unless set. */
    public WriteBackLookup writeBackLookup() {
        return writeBackLookup;
    }

    @Override
    public String toString() {
        return "X3ClientConfig{baseUrl=" + baseUrl + ", endpoint=" + endpoint + ", folder=" + folder
                + ", transport=" + transport + ", credentials=" + credentials
                + ", representations=" + representations + ", graphQlPath=" + graphQlPath() + "}";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Builder with defaults: REST, standard SORDER/PORDER, {@code /xtrem/api}, 10 s/30 s/60 s timeouts. */
    public static final class Builder {
        private String baseUrl;
        private String endpoint;
        private String folder;
        private Transport transport = Transport.REST;
        private X3Credentials credentials;
        private final Map<OrderKind, X3Representation> representations = new EnumMap<>(Map.of(
                OrderKind.SALES, X3Representation.SALES_ORDERS,
                OrderKind.PURCHASE, X3Representation.PURCHASE_ORDERS));
        private String graphQlPath = XTREM_PATH;
        private String graphQlEndpointHeader = XTREM_ENDPOINT_HEADER;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private Duration tokenRenewAhead = Duration.ofSeconds(60);
        private TransientMessages transientMessages = TransientMessages.DEFAULT;
        private ItemMasterConfig itemMaster = ItemMasterConfig.DEFAULT;
        private WriteBackLookup writeBackLookup = WriteBackLookup.DISABLED;

        private Builder() {
        }

        /** The write-back record the REST order feed reads per page; {@link WriteBackLookup#DISABLED} unless set. */
        public Builder writeBackLookup(WriteBackLookup lookup) {
            this.writeBackLookup = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /** Item master customs fields and cache; {@link ItemMasterConfig#DEFAULT} unless set. */
        public Builder itemMaster(ItemMasterConfig itemMaster) {
            this.itemMaster = Objects.requireNonNull(itemMaster, "itemMaster");
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder folder(String folder) {
            this.folder = folder;
            return this;
        }

        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        public Builder credentials(X3Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Which api1 class and representation to read orders of {@code kind} through. */
        public Builder representation(OrderKind kind, X3Representation representation) {
            this.representations.put(kind, Objects.requireNonNull(representation, "representation"));
            return this;
        }

        /** Path of the GraphQL API; may contain {@code {endpoint}}. */
        public Builder graphQlPath(String graphQlPath) {
            this.graphQlPath = Objects.requireNonNull(graphQlPath, "graphQlPath");
            return this;
        }

        /** Header naming the endpoint on GraphQL calls; null sends none. */
        public Builder graphQlEndpointHeader(String header) {
            this.graphQlEndpointHeader = header;
            return this;
        }

        /**
         * The GraphQL path as an operator writes it: a path naming {@code {endpoint}} is the X3 Cloud
         * gateway, which wants no endpoint header; any other is X3 Services, which does.
         */
        public Builder graphQlApi(String graphQlPath) {
            graphQlPath(graphQlPath);
            this.graphQlEndpointHeader = graphQlPath.contains("{endpoint}") ? null : XTREM_ENDPOINT_HEADER;
            return this;
        }

        /** GraphQL through the X3 Cloud gateway: endpoint in the path, no endpoint header. */
        public Builder cloudGateway() {
            this.graphQlPath = GATEWAY_PATH;
            this.graphQlEndpointHeader = null;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder tokenRenewAhead(Duration renewAhead) {
            this.tokenRenewAhead = Objects.requireNonNull(renewAhead);
            return this;
        }

        /** Which X3 error messages to retry as transient; {@link TransientMessages#DEFAULT} unless set. */
        public Builder transientMessages(TransientMessages messages) {
            this.transientMessages = Objects.requireNonNull(messages, "messages");
            return this;
        }

        public X3ClientConfig build() {
            return new X3ClientConfig(this);
        }
    }
}
