package dev.x3ups.ups.sink.site;

import static dev.x3ups.ups.sink.site.SiteConfig.SITE_ACCOUNT;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_ADDRESS_LINES;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_ATTENTION;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_CHANGED_ORDER_POLICY;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_CITY;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_COUNTRY;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_DEFAULT_CONTACT_PHONE;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_EMAIL;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_INBOUND_LABELS;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_NAME;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_PHONE;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_POSTAL_CODE;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_STATE;
import static dev.x3ups.ups.sink.site.SiteConfig.SITE_TIME_ZONE;
import static dev.x3ups.ups.sink.site.SiteConfig.siteKey;
import static dev.x3ups.ups.sink.planning.PlanningValidators.ACCOUNT_FORMAT;
import static dev.x3ups.ups.sink.planning.PlanningValidators.maxLength;
import static dev.x3ups.ups.sink.planning.PlanningValidators.optionalMatching;

import dev.x3ups.ups.client.ship.Address;
import dev.x3ups.ups.client.ship.Party;
import dev.x3ups.ups.sink.address.AddressLineFlow;
import dev.x3ups.ups.sink.address.AsciiText;
import dev.x3ups.ups.sink.address.PartyNames;
import dev.x3ups.ups.sink.address.PhoneNumbers;
import dev.x3ups.ups.sink.address.PostalCodes;
import dev.x3ups.ups.sink.address.StateProvinces;
import dev.x3ups.ups.sink.config.InvalidSetting;
import dev.x3ups.ups.sink.planning.UnshippableOrderException;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * One warehouse's keys ({@code site.<CODE>.*}) and their reading into a {@link ShippingSite}. The address goes
 * through the same fitting as order addresses (ASCII, lines, state, postal code, phone), so a site that UPS
 * would refuse is a configuration error naming the key, not a failure of every order.
 */
final class SiteSettings {
    private SiteSettings() {
    }

    static ConfigDef definitions(Collection<String> siteCodes) {
        ConfigDef def = new ConfigDef();
        int order = 100;
        for (String code : siteCodes) {
            String group = "Ship-from site " + code;
            def.define(siteKey(code, SITE_NAME), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, maxLength(35, true),
                            Importance.HIGH, "Name of site " + code + " on labels (at most 35 characters).", group,
                            ++order, Width.MEDIUM, code + " name")
                    .define(siteKey(code, SITE_ATTENTION), Type.STRING, null, maxLength(35, false), Importance.LOW,
                            "Contact at site " + code + ".", group, ++order, Width.MEDIUM, code + " attention")
                    .define(siteKey(code, SITE_ADDRESS_LINES), Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                            new ConfigDef.NonEmptyString(), Importance.HIGH,
                            "Street lines of site " + code + ", up to three separated by |.", group, ++order,
                            Width.LONG, code + " address lines")
                    .define(siteKey(code, SITE_CITY), Type.STRING, ConfigDef.NO_DEFAULT_VALUE, maxLength(30, true),
                            Importance.HIGH, "City of site " + code + ".", group, ++order, Width.MEDIUM, code + " city")
                    .define(siteKey(code, SITE_STATE), Type.STRING, null, null, Importance.HIGH,
                            "State or province of site " + code + " (required in the US and Canada).", group,
                            ++order, Width.SHORT, code + " state")
                    .define(siteKey(code, SITE_POSTAL_CODE), Type.STRING, null, null, Importance.HIGH,
                            "Postal code of site " + code + ".", group, ++order, Width.SHORT, code + " postal code")
                    .define(siteKey(code, SITE_COUNTRY), Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                            optionalMatching("[A-Za-z]{2}", "an ISO 3166 two-letter country code"), Importance.HIGH,
                            "Country of site " + code + " (ISO 3166 two letters).", group, ++order, Width.SHORT,
                            code + " country")
                    .define(siteKey(code, SITE_PHONE), Type.STRING, null, null, Importance.LOW,
                            "Phone of site " + code + ".", group, ++order, Width.SHORT, code + " phone")
                    .define(siteKey(code, SITE_EMAIL), Type.STRING, null, maxLength(50, false), Importance.LOW,
                            "E-mail of site " + code + ".", group, ++order, Width.MEDIUM, code + " e-mail")
                    .define(siteKey(code, SITE_ACCOUNT), Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                            optionalMatching(ACCOUNT_FORMAT, "6 letters or digits"), Importance.HIGH,
                            "UPS account (shipper number) of site " + code + ".", group, ++order, Width.SHORT,
                            code + " UPS account")
                    .define(siteKey(code, SITE_TIME_ZONE), Type.STRING, TimeZones.DEFAULT, TimeZones.validator(),
                            Importance.MEDIUM, "IANA time zone of site " + code + ", e.g. America/New_York: its "
                            + "local days and hours.", group, ++order, Width.MEDIUM, code + " time zone");
            // International shipments need the receiver's phone; this one stands in when X3 has none.
            def.define(siteKey(code, SITE_DEFAULT_CONTACT_PHONE), Type.STRING, null, null, Importance.LOW,
                    "Phone sent as the receiver's phone of an international shipment of site " + code + " when the "
                            + "X3 ship-to contact has none (UPS requires one across borders). Empty: such orders "
                            + "fail with NO_PHONE.", group, ++order, Width.SHORT, code + " default contact phone");
            def.define(siteKey(code, SITE_INBOUND_LABELS), Type.STRING, InboundLabels.EMAIL.name(),
                            ConfigDef.CaseInsensitiveValidString.in("EMAIL", "PRINT"), Importance.MEDIUM,
                            "Labels of purchase orders received at site " + code + ": EMAIL (UPS Electronic Return "
                            + "Label, e-mailed to the supplier's ship-from e-mail; a purchase order without one "
                            + "fails) or PRINT (sent to the site's printer like any other label).", group, ++order,
                            Width.SHORT, code + " inbound labels");
            def.define(siteKey(code, SITE_CHANGED_ORDER_POLICY), Type.STRING, null,
                    ConfigDef.LambdaValidator.with((name, value) -> ChangedOrderPolicies.check(name, value),
                            () -> "REPORT, RESHIP_BEFORE_PICKUP or empty"), Importance.LOW,
                    "What happens to an order of site " + code + " changed after it shipped: REPORT or "
                            + "RESHIP_BEFORE_PICKUP. Empty: the connector's changed.order.policy.", group, ++order,
                    Width.MEDIUM, code + " changed order policy");
        }
        return def;
    }

    static ShippingSite parse(String code, Map<String, Object> values) {
        String countryKey = siteKey(code, SITE_COUNTRY);
        String country = ((String) values.get(countryKey)).strip().toUpperCase(Locale.ROOT);
        String nameKey = siteKey(code, SITE_NAME);
        String linesKey = siteKey(code, SITE_ADDRESS_LINES);
        List<String> rawLines = Arrays.stream(((String) values.get(linesKey)).split("\\|"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (rawLines.size() > AddressLineFlow.LINES_MAX) {
            throw new InvalidSetting(linesKey, values.get(linesKey),
                    "has " + rawLines.size() + " lines; UPS takes at most " + AddressLineFlow.LINES_MAX);
        }
        String name = ascii(code, SITE_NAME, values, country);
        if (name.length() > PartyNames.MAX) {
            throw new InvalidSetting(nameKey, values.get(nameKey),
                    "has " + name.length() + " characters in ASCII; UPS allows " + PartyNames.MAX);
        }
        String attention = ascii(code, SITE_ATTENTION, values, country);
        List<String> lines = checked(linesKey, values,
                () -> AddressLineFlow.fit(linesKey, rawLinesOf(linesKey, rawLines, country)));
        String city = ascii(code, SITE_CITY, values, country);
        String stateKey = siteKey(code, SITE_STATE);
        String state = checked(stateKey, values, () -> StateProvinces.normalise(stateKey, country,
                AsciiText.of(stateKey, (String) values.get(stateKey), country)));
        String postalKey = siteKey(code, SITE_POSTAL_CODE);
        String postal = checked(postalKey, values, () -> PostalCodes.normalise(postalKey, country,
                AsciiText.of(postalKey, (String) values.get(postalKey), country)));
        String phoneKey = siteKey(code, SITE_PHONE);
        String phone = checked(phoneKey, values,
                () -> PhoneNumbers.clean(phoneKey, country, (String) values.get(phoneKey)));
        String email = ascii(code, SITE_EMAIL, values, country);
        String account = ((String) values.get(siteKey(code, SITE_ACCOUNT))).strip().toUpperCase(Locale.ROOT);
        String zoneKey = siteKey(code, SITE_TIME_ZONE);
        ZoneId timeZone = TimeZones.parse(zoneKey, values.get(zoneKey));
        Party party = new Party(name, attention, phone, email, new Address(lines, city, state, postal, country, false));
        String defaultPhoneKey = siteKey(code, SITE_DEFAULT_CONTACT_PHONE);
        String defaultPhone = checked(defaultPhoneKey, values,
                () -> PhoneNumbers.clean(defaultPhoneKey, country, (String) values.get(defaultPhoneKey)));
        InboundLabels inbound = InboundLabels.valueOf(
                ((String) values.get(siteKey(code, SITE_INBOUND_LABELS))).strip().toUpperCase(Locale.ROOT));
        return new ShippingSite(code, party, account, timeZone, defaultPhone, inbound);
    }

    private static List<String> rawLinesOf(String key, List<String> lines, String country)
            throws UnshippableOrderException {
        List<String> ascii = new ArrayList<>();
        for (String line : lines) {
            ascii.add(AsciiText.of(key, line, country));
        }
        return ascii;
    }

    private interface Check<T> {
        T get() throws UnshippableOrderException;
    }

    private static <T> T checked(String key, Map<String, Object> values, Check<T> check) {
        try {
            return check.get();
        } catch (UnshippableOrderException e) {
            throw new InvalidSetting(key, values.get(key), e.getMessage());
        }
    }

    private static String ascii(String code, String field, Map<String, Object> values, String country) {
        String key = siteKey(code, field);
        return checked(key, values, () -> AsciiText.of(key, (String) values.get(key), country));
    }
}
