package dev.x3ups.x3.simulator.writeback;

import dev.x3ups.x3.simulator.data.Field;
import dev.x3ups.x3.simulator.data.FieldValues;
import dev.x3ups.x3.simulator.data.Folder;
import dev.x3ups.x3.simulator.data.InvalidValueException;
import dev.x3ups.x3.simulator.data.OrderKind;
import dev.x3ups.x3.simulator.data.TrackingFields;
import dev.x3ups.x3.simulator.data.TrackingRecord;
import dev.x3ups.x3.simulator.fault.Counters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and updates YSHIPTRK rows with X3's validation (known fields, lengths, types), and stamps the
 * order they belong to as changed — a write-back through X3 moves the order's UPDDATTIM — with the same instant
 * as the record, as one X3 save does (one clock reading: a running clock must not put them a second apart).
 */
public final class WriteBackService {

    private static final Pattern INDEXED = Pattern.compile("(.+)_(\\d+)");

    private final Counters counters;

    public WriteBackService(Counters counters) {
        this.counters = counters;
    }

    /** @throws InvalidValueException for a rejected value, {@link WriteBackConflictException} for an existing key */
    public TrackingRecord create(Folder folder, Map<String, Object> body) {
        Map<String, Object> values = template();
        apply(values, body, true);
        String number = (String) values.get(TrackingFields.KEY);
        if (number.isEmpty()) {
            throw new InvalidValueException(TrackingFields.KEY, "is mandatory");
        }
        OrderKind kind = kind(values.get("YORDTYP"));
        if (folder.orders(kind).find(number).isEmpty()) {
            throw new InvalidValueException(TrackingFields.KEY, "no " + kind.name().toLowerCase() + " order " + number);
        }
        synchronized (folder.tracking()) {
            if (folder.tracking().find(number).isPresent()) {
                throw new WriteBackConflictException("Record already exists: " + number);
            }
            Instant now = folder.clock().now();
            values.put("CREDATTIM", now);
            values.put("UPDDATTIM", now);
            TrackingRecord record = new TrackingRecord(UUID.randomUUID().toString(), values);
            folder.tracking().insert(record);
            folder.touch(kind, number, now);
            counters.increment("writeback.create");
            return record;
        }
    }

    /** Partial update; empty when there is no record for {@code number}. */
    public Optional<TrackingRecord> update(Folder folder, String number, Map<String, Object> body) {
        synchronized (folder.tracking()) {
            Optional<TrackingRecord> current = folder.tracking().find(number);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> values = new LinkedHashMap<>(current.get().values());
            apply(values, body, false);
            if (!number.equals(values.get(TrackingFields.KEY))) {
                throw new InvalidValueException(TrackingFields.KEY, "the key cannot be changed");
            }
            if (!current.get().get("YORDTYP").equals(values.get("YORDTYP"))) {
                throw new InvalidValueException("YORDTYP", "the order type cannot be changed");
            }
            Instant now = folder.clock().now();
            values.put("UPDDATTIM", now);
            TrackingRecord record = new TrackingRecord(current.get().uuid(), values);
            folder.tracking().replace(record);
            folder.touch(kind(values.get("YORDTYP")), number, now);
            counters.increment("writeback.update");
            return Optional.of(record);
        }
    }

    /** Deletes the row and stamps its order as changed; false when there was no row. */
    public boolean delete(Folder folder, String number) {
        synchronized (folder.tracking()) {
            Optional<TrackingRecord> current = folder.tracking().find(number);
            if (current.isEmpty()) {
                return false;
            }
            folder.tracking().delete(number);
            folder.touch(kind(current.get().get("YORDTYP")), number);
            counters.increment("writeback.delete");
            return true;
        }
    }

    /** The values a new row starts with ({@code $template} of the create facet). */
    public static Map<String, Object> template() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : TrackingFields.ALL) {
            values.put(f.name(), FieldValues.empty(f));
        }
        values.put("YEXCFLG", 1);
        return values;
    }

    /** Create when absent, else update (the GraphQL update operation's behaviour). */
    public TrackingRecord upsert(Folder folder, String number, OrderKind kind, Map<String, Object> body) {
        synchronized (folder.tracking()) {
            Optional<TrackingRecord> updated = update(folder, number, body);
            if (updated.isPresent()) {
                return updated.get();
            }
            Map<String, Object> withKey = new LinkedHashMap<>(body);
            withKey.put(TrackingFields.KEY, number);
            withKey.put("YORDTYP", kind.name());
            return create(folder, withKey);
        }
    }

    private static void apply(Map<String, Object> values, Map<String, Object> body, boolean creating) {
        for (Map.Entry<String, Object> e : body.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("$")) {
                continue;
            }
            if (name.equals("CREDATTIM") || name.equals("UPDDATTIM")) {
                throw new InvalidValueException(name, "is maintained by the server");
            }
            Optional<Field> field = TrackingFields.field(name);
            if (field.isPresent()) {
                values.put(name, FieldValues.coerce(field.get(), e.getValue()));
                continue;
            }
            Matcher m = INDEXED.matcher(name);
            Optional<Field> dimensioned = m.matches() ? TrackingFields.field(m.group(1)).filter(Field::dimensioned)
                    : Optional.empty();
            if (dimensioned.isEmpty()) {
                throw new InvalidValueException(name, "unknown field");
            }
            int index = Integer.parseInt(m.group(2));
            if (index < 1 || index > dimensioned.get().dimension()) {
                throw new InvalidValueException(name, "index out of range 1.." + dimensioned.get().dimension());
            }
            @SuppressWarnings("unchecked")
            List<Object> list = new ArrayList<>((List<Object>) values.get(dimensioned.get().name()));
            list.set(index - 1, FieldValues.coerceScalar(dimensioned.get(), e.getValue()));
            values.put(dimensioned.get().name(), list);
        }
        Object flag = values.get("YEXCFLG");
        if (!Integer.valueOf(1).equals(flag) && !Integer.valueOf(2).equals(flag)) {
            throw new InvalidValueException("YEXCFLG", "must be 1 (no) or 2 (yes)");
        }
        if (creating) {
            kind(values.get("YORDTYP"));
        }
    }

    private static OrderKind kind(Object type) {
        if ("SALES".equals(type)) {
            return OrderKind.SALES;
        }
        if ("PURCHASE".equals(type)) {
            return OrderKind.PURCHASE;
        }
        throw new InvalidValueException("YORDTYP", "must be SALES or PURCHASE");
    }
}
