package dev.x3ups.x3.simulator.data;

import java.math.BigDecimal;
import java.util.List;

/** The fixed reference data every folder starts with: realistic addresses in US, CA, GB, DE and FR. */
public final class SeedData {

    private SeedData() {
    }

    public static MasterData masterData() {
        return new MasterData(sites(), customers(), suppliers(), items(), carriers(), deliveryModes());
    }

    private static Address addr(String code, String postal, String city, String state, String country,
                                String countryName, String... lines) {
        return new Address(code, List.of(lines), postal, city, state, country, countryName);
    }

    private static List<Site> sites() {
        return List.of(
                new Site("ATL", "Atlanta Distribution Center", "USA01",
                        addr("ATL", "30336", "Atlanta", "GA", "US", "United States",
                                "1200 Fulton Industrial Blvd SW", "Building C", ""),
                        "+1 404 555 0100", "atl.shipping@example.com", WeightUnit.LB, "USD"),
                new Site("RNO", "Reno Fulfillment Center", "USA01",
                        addr("RNO", "89502", "Reno", "NV", "US", "United States", "555 Vassar St", "", ""),
                        "+1 775 555 0142", "reno.shipping@example.com", WeightUnit.LB, "USD"),
                new Site("MIS", "Mississauga Warehouse", "CAN01",
                        addr("MIS", "L5W 1W2", "Mississauga", "ON", "CA", "Canada", "6800 Maritz Dr", "Unit 4", ""),
                        "+1 905 555 0177", "mis.shipping@example.com", WeightUnit.KG, "CAD"));
    }

    private static DeliveryAddress ship(Address address, List<String> names, String contact, String phone,
                                        String email, String mode) {
        String carrier = "PICK".equals(mode) ? "" : "UPS";
        return new DeliveryAddress(address, names, contact, phone, email, mode, carrier);
    }

    private static List<Customer> customers() {
        return List.of(
                new Customer("C0001", List.of("Peachtree Outdoor Supply", ""), List.of(
                        ship(addr("001", "30303", "Atlanta", "GA", "US", "United States",
                                "191 Peachtree St NE", "Suite 3300", ""),
                                List.of("Peachtree Outdoor Supply", "Receiving Dock"), "Dana Whitfield",
                                "+1 404 555 0123", "receiving@peachtree-outdoor.example", "UGND"),
                        ship(addr("002", "31401", "Savannah", "GA", "US", "United States", "22 Bay St W", "", ""),
                                List.of("Peachtree Outdoor - Savannah", ""), "Luis Ortega",
                                "+1 912 555 0188", "savannah@peachtree-outdoor.example", "U2DA"))),
                new Customer("C0002", List.of("Golden Gate Cycles Inc.", ""), List.of(
                        ship(addr("001", "94107", "San Francisco", "CA", "US", "United States",
                                "600 Townsend St", "Floor 2", ""),
                                List.of("Golden Gate Cycles Inc.", ""), "Priya Raman",
                                "+1 415 555 0199", "orders@ggcycles.example", "UNDA"))),
                new Customer("C0003", List.of("Lone Star Hardware LLC", ""), List.of(
                        ship(addr("001", "78701-1234", "Austin", "TX", "US", "United States",
                                "1100 Congress Ave", "", ""),
                                List.of("Lone Star Hardware LLC", ""), "Bobby McAllister",
                                "+1 512 555 0110", "purchasing@lonestarhw.example", "UGND"))),
                new Customer("C0004", List.of("Great Lakes Marine Distributors", ""), List.of(
                        ship(addr("001", "60611", "Chicago", "IL", "US", "United States",
                                "Navy Pier Commercial Receiving Entrance Gate 4B", "600 E Grand Ave", ""),
                                List.of("Great Lakes Marine Distributors", "Attn: Warehouse"), "Kim Novak",
                                "+1 312 555 0145", "", "U3DS"))),
                new Customer("C0005", List.of("Cascade Coffee Roasters", ""), List.of(
                        ship(addr("001", "98101", "Seattle", "WA", "US", "United States", "1301 2nd Ave", "", ""),
                                List.of("Cascade Coffee Roasters", ""), "Erin O'Connell",
                                "+1 206 555 0166", "ops@cascadecoffee.example", "UGND"))),
                new Customer("C0006", List.of("Maple Leaf Sporting Goods Ltd.", ""), List.of(
                        ship(addr("001", "M5V 2T6", "Toronto", "ON", "CA", "Canada", "290 Bremner Blvd", "", ""),
                                List.of("Maple Leaf Sporting Goods Ltd.", ""), "Sophie Tremblay",
                                "+1 416 555 0133", "shipping@mapleleafsports.example", "USTD"))),
                new Customer("C0007", List.of("Société Générale de Café Québec", ""), List.of(
                        ship(addr("001", "H2X 1Y4", "Montréal", "QC", "CA", "Canada",
                                "1250 boulevard René-Lévesque Ouest", "Bureau 2200", ""),
                                List.of("Société Générale de Café", "Québec Inc."), "Geneviève Bélanger",
                                "+1 514 555 0101", "reception@sgcafe.example", "USTD"),
                        ship(addr("002", "V6B 1A1", "Vancouver", "BC", "CA", "Canada", "800 Griffiths Way", "", ""),
                                List.of("Société Générale de Café", "Succursale Vancouver"), "Marc Lefebvre",
                                "+1 604 555 0155", "vancouver@sgcafe.example", "USTD"))),
                new Customer("C0008", List.of("Thames Valley Instruments Ltd", ""), List.of(
                        ship(addr("001", "RG1 1AX", "Reading", "", "GB", "United Kingdom",
                                "Forbury Square Business Centre, 7 The Forbury", "", ""),
                                List.of("Thames Valley Instruments Ltd", ""), "Oliver Pennington",
                                "+44 118 496 0123", "goods-in@tvinstruments.example", "UWEX"))),
                new Customer("C0009", List.of("Highland Outdoor Co.", ""), List.of(
                        ship(addr("001", "EH1 1YZ", "Edinburgh", "", "GB", "United Kingdom",
                                "10 Princes Street", "", ""),
                                List.of("Highland Outdoor Co.", ""), "Fiona MacLeod",
                                "+44 131 496 0456", "orders@highlandoutdoor.example", "UWEX"))),
                new Customer("C0010", List.of("Müller & Söhne GmbH", ""), List.of(
                        ship(addr("001", "80331", "München", "", "DE", "Germany", "Marienplatz 8", "", ""),
                                List.of("Müller & Söhne GmbH", "Wareneingang"), "Jürgen Weiß",
                                "+49 89 123456", "wareneingang@mueller-soehne.example", "UWEX"),
                        ship(addr("002", "20095", "Hamburg", "", "DE", "Germany",
                                "Große Bleichen 23, Hinterhof, Tor 2 (Anlieferung)", "", ""),
                                List.of("Müller & Söhne GmbH", "Lager Hamburg"), "Katrin Groß",
                                "+49 40 987654", "", "UWEX"))),
                new Customer("C0011", List.of("Boulangerie Parisienne SARL", ""), List.of(
                        ship(addr("001", "75004", "Paris", "", "FR", "France", "12 rue de Rivoli", "", ""),
                                List.of("Boulangerie Parisienne SARL", ""), "Amélie Durand",
                                "+33 1 42 68 53 00", "contact@boulangerie-paris.example", "UWEX"))),
                new Customer("C0012", List.of("Silver State Mining Supply", ""), List.of(
                        ship(addr("001", "89501", "Reno", "NV", "US", "United States", "1 E 1st St", "", ""),
                                List.of("Silver State Mining Supply", ""), "Hank Douglas",
                                "+1 775 555 0190", "dock@silverstatemining.example", "PICK"))));
    }

    private static List<Supplier> suppliers() {
        return List.of(
                new Supplier("S0001", "Pacific Textile Mills", List.of("Pacific Textile Mills", "Shipping Dept"),
                        addr("001", "90021", "Los Angeles", "CA", "US", "United States", "1500 S Alameda St", "", ""),
                        "+1 213 555 0171", "shipping@pacifictextile.example", "USD"),
                new Supplier("S0002", "Carolina Steel Works", List.of("Carolina Steel Works", ""),
                        addr("001", "28202", "Charlotte", "NC", "US", "United States", "401 S Tryon St", "", ""),
                        "+1 704 555 0122", "dispatch@carolinasteel.example", "USD"),
                new Supplier("S0003", "Prairie Plastics Ltd.", List.of("Prairie Plastics Ltd.", ""),
                        addr("001", "R3C 4T3", "Winnipeg", "MB", "CA", "Canada", "201 Portage Ave", "", ""),
                        "+1 204 555 0148", "orders@prairieplastics.example", "CAD"),
                new Supplier("S0004", "Desert Sun Packaging", List.of("Desert Sun Packaging", ""),
                        addr("001", "85004", "Phoenix", "AZ", "US", "United States", "2 N Central Ave", "", ""),
                        "+1 602 555 0133", "", "USD"),
                new Supplier("S0005", "Schwarzwald Präzision GmbH", List.of("Schwarzwald Präzision GmbH", ""),
                        addr("001", "79098", "Freiburg im Breisgau", "", "DE", "Germany", "Kaiser-Joseph-Straße 240",
                                "", ""),
                        "+49 761 555 0199", "versand@schwarzwald-praezision.example", "EUR"),
                new Supplier("S0006", "Midlands Components plc", List.of("Midlands Components plc", ""),
                        addr("001", "B2 4QA", "Birmingham", "", "GB", "United Kingdom", "1 Victoria Square", "", ""),
                        "+44 121 496 0789", "despatch@midlandscomponents.example", "GBP"));
    }

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Item item(String code, String description, String stu, String sau, String coeff, String weight,
                             WeightUnit unit, String len, String wid, String hei, String dimUnit, String price) {
        return new Item(code, description, stu, sau, d(coeff), d(weight), unit, d(len), d(wid), d(hei),
                dimUnit == null ? "" : dimUnit, d(price));
    }

    private static List<Item> items() {
        return List.of(
                item("IT0001", "Trail backpack 35L", "UN", "UN", "1", "1.2", WeightUnit.KG,
                        "55", "30", "20", "CM", "89.90"),
                item("IT0002", "Camping stove, propane", "UN", "UN", "1", "3.5", WeightUnit.LB,
                        "14", "10", "6", "IN", "129.00"),
                item("IT0003", "Stainless steel bolts M8 (box of 100)", "UN", "BOX", "1", "850", WeightUnit.G,
                        null, null, null, null, "24.50"),
                item("IT0004", "Espresso beans 1 lb bag", "UN", "UN", "1", "16", WeightUnit.OZ,
                        null, null, null, null, "14.75"),
                item("IT0005", "Road bike frame, aluminium", "UN", "UN", "1", "1.45", WeightUnit.KG,
                        "120", "25", "70", "CM", "649.00"),
                item("IT0006", "Cycling gloves", "UN", "UN", "1", "120", WeightUnit.G,
                        null, null, null, null, "29.99"),
                item("IT0007", "Marine battery 12V 100Ah", "UN", "UN", "1", "62", WeightUnit.LB,
                        "13", "7", "9", "IN", "219.00"),
                item("IT0008", "Digital multimeter", "UN", "UN", "1", "0.4", WeightUnit.KG,
                        "20", "10", "6", "CM", "79.00"),
                item("IT0009", "Hiking boots, leather", "UN", "UN", "1", "2.8", WeightUnit.LB,
                        null, null, null, null, "159.00"),
                item("IT0010", "Nylon rope 50 m", "UN", "UN", "1", "2.2", WeightUnit.KG,
                        null, null, null, null, "45.00"),
                item("IT0011", "LED headlamp", "UN", "UN", "1", "3.2", WeightUnit.OZ,
                        "4", "3", "2", "IN", "34.50"),
                item("IT0012", "Packing tape (case of 36)", "UN", "BOX", "1", "9.5", WeightUnit.LB,
                        "16", "12", "8", "IN", "58.00"),
                item("IT0013", "Café crème capsules (box of 50)", "UN", "BOX", "1", "275", WeightUnit.G,
                        null, null, null, null, "19.90"),
                item("IT0014", "Oscilloscope probe set", "UN", "UN", "1", "0.35", WeightUnit.KG,
                        null, null, null, null, "120.00"),
                item("IT0015", "Gift card (digital)", "UN", "UN", "1", null, null,
                        null, null, null, null, "50.00"),
                item("IT0016", "Sample kit, unweighed", "UN", "UN", "1", null, null,
                        null, null, null, null, "0.00"));
    }

    private static List<Carrier> carriers() {
        return List.of(new Carrier("UPS", "United Parcel Service", "UPSN"),
                new Carrier("FDX", "FedEx", "FDEG"));
    }

    private static List<DeliveryMode> deliveryModes() {
        return List.of(new DeliveryMode("UGND", "UPS Ground", "UPS"),
                new DeliveryMode("U3DS", "UPS 3 Day Select", "UPS"),
                new DeliveryMode("U2DA", "UPS 2nd Day Air", "UPS"),
                new DeliveryMode("UNDA", "UPS Next Day Air", "UPS"),
                new DeliveryMode("USTD", "UPS Standard", "UPS"),
                new DeliveryMode("UWEX", "UPS Worldwide Express", "UPS"),
                new DeliveryMode("FGND", "FedEx Ground", "FDX"),
                new DeliveryMode("PICK", "Customer pickup", ""));
    }
}
