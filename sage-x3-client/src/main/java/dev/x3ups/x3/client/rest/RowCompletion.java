package dev.x3ups.x3.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.x3ups.records.OrderKind;
import dev.x3ups.x3.client.ItemMasterConfig;
import dev.x3ups.x3.client.X3Exception;
import dev.x3ups.x3.client.X3Representation;
import dev.x3ups.x3.client.mapping.PurchaseOrderRows;
import dev.x3ups.x3.client.mapping.SalesOrderRows;
import dev.x3ups.x3.client.mapping.X3Row;
import dev.x3ups.x3.client.master.MasterDataCache;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Completes api1 order rows with what the order classes do not hold: each line gets the item master's
 * customs fields (HS code, country of origin, family), and a row without contact fields gets the
 * ship-to address's phone, e-mail and contact (sales; {@code BPADDRESS} of the customer) or the
 * supplier's phone and e-mail (purchase). Items and business partners are read once through
 * {@code $details} and remembered in bounded, aged caches; a row that already carries a field (a
 * shipping-feed representation) is left as it is and costs no read.
 */
final class RowCompletion {
    static final X3Representation ITEMS = X3Representation.of("ITMMASTER", "ITMMASTER");
    static final X3Representation CUSTOMERS = X3Representation.of("BPCUSTOMER", "BPCUSTOMER");
    static final X3Representation SUPPLIERS = X3Representation.of("BPSUPPLIER", "BPSUPPLIER");
    private static final String ADDRESSES = "BPADDRESS";

    private final DetailsReader reader;
    private final Api1Urls urls;
    private final List<String> itemFields;
    private final MasterDataCache<JsonNode> items;
    private final MasterDataCache<JsonNode> partners;

    RowCompletion(DetailsReader reader, Api1Urls urls, ItemMasterConfig config, Clock clock) {
        this.reader = reader;
        this.urls = urls;
        this.itemFields = Stream.of(config.commodityCodeField(), config.originCountryField(),
                ItemMasterConfig.FAMILY_FIELD).filter(f -> f != null).distinct().toList();
        this.items = new MasterDataCache<>(config.cacheSize(), config.cacheMaxAge(), clock);
        this.partners = new MasterDataCache<>(config.cacheSize(), config.cacheMaxAge(), clock);
    }

    /** Adds the missing values to {@code row} and its {@code lines} (null: none). */
    void complete(OrderKind kind, JsonNode row, JsonNode lines) throws X3Exception {
        if (lines != null) {
            for (JsonNode line : lines) {
                if (line instanceof ObjectNode object) {
                    completeLine(object);
                }
            }
        }
        if (row instanceof ObjectNode header) {
            if (kind == OrderKind.SALES) {
                completeShipToContact(header);
            } else {
                completeSupplierContact(header);
            }
        }
    }

    MasterDataCache<JsonNode> itemCache() {
        return items;
    }

    MasterDataCache<JsonNode> partnerCache() {
        return partners;
    }

    private void completeLine(ObjectNode line) throws X3Exception {
        List<String> absent = itemFields.stream().filter(f -> !line.has(f)).toList();
        String code = new X3Row(line).text("ITMREF");
        if (absent.isEmpty() || code == null) {
            return;
        }
        Optional<JsonNode> item = items.get(code, key -> reader.read(urls.record(ITEMS, key, "$details"))
                .map(record -> subset(record, itemFields)));
        item.ifPresent(values -> absent.forEach(field -> line.set(field, values.get(field))));
    }

    /** A standard SORDER row has no contact: the customer's delivery address ({@code BPAADD}) has. */
    private void completeShipToContact(ObjectNode row) throws X3Exception {
        if (row.has(SalesOrderRows.PHONE) || row.has("BPDTEL")) {
            return;
        }
        X3Row header = new X3Row(row);
        String customer = header.text("BPCORD");
        String address = header.text("BPAADD");
        if (customer == null || address == null) {
            return;
        }
        Optional<JsonNode> addresses = partners.get("C~" + customer, key -> reader
                .read(urls.record(CUSTOMERS, customer, "$details")).map(RowCompletion::contactsByAddress));
        JsonNode contact = addresses.map(a -> a.get(address)).orElse(null);
        if (contact == null) {
            return;
        }
        row.set(SalesOrderRows.PHONE, contact.get("TEL"));
        row.set(SalesOrderRows.EMAIL, contact.get("WEB"));
        if (header.text(SalesOrderRows.CONTACT) == null && contact.hasNonNull("CNTNAM")) {
            row.set(SalesOrderRows.CONTACT, contact.get("CNTNAM"));
        }
    }

    private void completeSupplierContact(ObjectNode row) throws X3Exception {
        if (row.has(PurchaseOrderRows.SUPPLIER_PHONE)) {
            return;
        }
        String supplier = new X3Row(row).text("BPSNUM");
        if (supplier == null) {
            return;
        }
        Optional<JsonNode> contact = partners.get("S~" + supplier, key -> reader
                .read(urls.record(SUPPLIERS, supplier, "$details")).map(r -> subset(r, List.of("TEL", "WEB"))));
        contact.ifPresent(values -> {
            row.set(PurchaseOrderRows.SUPPLIER_PHONE, values.get("TEL"));
            row.set(PurchaseOrderRows.SUPPLIER_EMAIL, values.get("WEB"));
        });
    }

    /** Address code → its {@code TEL}, {@code WEB} and {@code CNTNAM}, from the embedded addresses. */
    private static JsonNode contactsByAddress(JsonNode customer) {
        ObjectNode byCode = JsonNodeFactory.instance.objectNode();
        for (JsonNode address : customer.path(ADDRESSES)) {
            String code = new X3Row(address).text("BPAADD");
            if (code != null) {
                byCode.set(code, subset(address, List.of("TEL", "WEB", "CNTNAM")));
            }
        }
        return byCode;
    }

    /** Only the fields needed, so the cache holds little per record; absent fields stay absent. */
    private static JsonNode subset(JsonNode record, List<String> fields) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            JsonNode value = record.get(field);
            out.set(field, value == null ? JsonNodeFactory.instance.nullNode() : value);
        }
        return out;
    }
}
