package dev.lakeside.demo;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/**
 * {@code gold.suppliers}: European companies, a third of them Polish, with exactly one broken
 * country code in every block of 20 rows (5%). The broken codes are the mistakes the supplier-fixer
 * story is about: "Plnd", "Poland", "pl ", "POL" and the empty string, all on Polish suppliers.
 */
final class SupplierData implements DemoDataset {

    static final TableName SUPPLIERS = new TableName("gold", "suppliers");
    static final List<String> BROKEN_CODES = List.of("Plnd", "Poland", "pl ", "POL", "");

    /** Position in {@link #COUNTRY_WEIGHTS}, code, e-mail domain, legal forms, cities, naming style. */
    private static final String COUNTRIES = """
            (VALUES (1, 'PL', 'pl', ['Sp. z o.o.', 'S.A.', 'Sp. j.'], ['Warszawa', 'Kraków', 'Gdańsk',
                    'Wrocław', 'Poznań', 'Łódź', 'Katowice', 'Szczecin', 'Lublin', 'Bydgoszcz', 'Rzeszów'], 'pl'),
                (2, 'DE', 'de', ['GmbH', 'AG', 'GmbH & Co. KG'], ['Berlin', 'Hamburg', 'München', 'Köln',
                    'Frankfurt am Main', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden', 'Bremen'], 'de'),
                (3, 'AT', 'at', ['GmbH', 'AG'], ['Wien', 'Graz', 'Linz', 'Salzburg', 'Innsbruck'], 'de'),
                (4, 'FR', 'fr', ['SAS', 'SARL', 'S.A.'], ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille',
                    'Bordeaux', 'Nantes', 'Strasbourg'], 'intl'),
                (5, 'IT', 'it', ['S.r.l.', 'S.p.A.'], ['Milano', 'Roma', 'Torino', 'Napoli', 'Bologna',
                    'Firenze', 'Verona'], 'intl'),
                (6, 'ES', 'es', ['S.L.', 'S.A.'], ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao'], 'intl'),
                (7, 'NL', 'nl', ['B.V.', 'N.V.'], ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven'], 'intl'),
                (8, 'BE', 'be', ['NV', 'SA', 'BV'], ['Antwerpen', 'Bruxelles', 'Gent', 'Liège'], 'intl'),
                (9, 'CZ', 'cz', ['s.r.o.', 'a.s.'], ['Praha', 'Brno', 'Ostrava', 'Plzeň', 'Olomouc'], 'intl'),
                (10, 'SK', 'sk', ['s.r.o.', 'a.s.'], ['Bratislava', 'Košice', 'Žilina'], 'intl'),
                (11, 'SE', 'se', ['AB'], ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'], 'intl'),
                (12, 'DK', 'dk', ['ApS', 'A/S'], ['København', 'Aarhus', 'Odense'], 'intl'),
                (13, 'GB', 'co.uk', ['Ltd', 'PLC'], ['London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow'], 'intl'),
                (14, 'US', 'com', ['Inc.', 'LLC', 'Corp.'], ['New York', 'Chicago', 'Houston', 'Newark'], 'intl'),
                (15, 'PT', 'pt', ['Lda.', 'S.A.'], ['Lisboa', 'Porto'], 'intl'),
                (16, 'LT', 'lt', ['UAB'], ['Vilnius', 'Kaunas'], 'intl'),
                (17, 'HU', 'hu', ['Kft.', 'Zrt.'], ['Budapest', 'Debrecen'], 'intl'))
                AS c(k, code, domain, forms, cities, style)""";
    private static final List<Integer> COUNTRY_WEIGHTS =
            List.of(27, 15, 2, 8, 7, 6, 6, 2, 5, 1, 4, 2, 6, 6, 1, 1, 1);

    // Several stems, adjectives and brands contain "Pol" so that a search for it finds suppliers.
    private static final List<String> PL_STEMS = List.of("Pol", "Agro", "Bud", "Drew", "Stal", "Trans",
            "Elektro", "Chem", "Mleko", "Hydro", "Inter", "Eko");
    private static final List<String> PL_ENDINGS = List.of("met", "pak", "bud", "mex", "tex", "sped", "lux",
            "plast", "drob", "rol");
    private static final List<String> PL_ADJECTIVES = List.of("Polskie", "Mazowieckie", "Śląskie", "Pomorskie",
            "Wielkopolskie", "Podlaskie", "Małopolskie");
    private static final List<String> PL_NOUNS = List.of("Drewno", "Mleko", "Szkło", "Zboże", "Kruszywo",
            "Paliwo", "Pieczywo");
    private static final List<String> PL_SURNAMES = List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik",
            "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski", "Kozłowski", "Polański");
    private static final List<String> PL_TRADES = List.of(" i Synowie", " Logistyka", " Handel", " Serwis",
            " Transport");
    private static final List<String> DE_SURNAMES = List.of("Müller", "Schmidt", "Schneider", "Fischer",
            "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter");
    private static final List<String> DE_TRADES = List.of("Logistik", "Metallbau", "Holzhandel", "Verpackung",
            "Maschinenbau", "Elektrotechnik", "Kunststofftechnik", "Spedition", "Papierwerke");
    private static final List<String> BRANDS = List.of("Apollo", "Atlas", "Nordic", "Baltic", "Alpine",
            "Danube", "Metropol", "Iberia", "Polaris", "Orion", "Meridian", "Hanse", "Continental", "Vega",
            "Riviera", "Celtic", "Liberty", "Pioneer", "Summit", "Aurora");
    private static final List<String> TRADES = List.of("Logistics", "Timber", "Freight", "Steel", "Foods",
            "Packaging", "Components", "Textiles", "Chemicals", "Electronics", "Plastics", "Trading",
            "Machinery", "Paper");

    @Override
    public String name() {
        return "suppliers";
    }

    @Override
    public List<TableName> tables() {
        return List.of(SUPPLIERS);
    }

    @Override
    public long rows(DemoDataProperties sizes) {
        return sizes.suppliers();
    }

    @Override
    public void create(Warehouse.Transaction tx, Dialect dialect, long rows, long seed) {
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(SUPPLIERS).sql("""
                (id BIGINT PRIMARY KEY, name VARCHAR, country_code VARCHAR, city VARCHAR,
                 contact_email VARCHAR, updated_at TIMESTAMP)""").build());
        String noise = new Noise(seed, name()).uniform("u_country").uniform("u_style").uniform("u_a")
                .uniform("u_b").uniform("u_form").uniform("u_city").uniform("u_mail").uniform("u_updated")
                .uniform("u_block", "i // 20").rows(rows);
        String select = Literals.fill("""
                SELECT i + 1, brand || ' ' || forms[1 + floor(u_form * len(forms))::BIGINT],
                  CASE WHEN broken THEN ${brokenCodes}[1 + (i // 20) % 5] ELSE code END,
                  cities[1 + floor(u_city * len(cities))::BIGINT],
                  ${mailbox} || '@' || regexp_replace(lower(translate(brand, 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüß',
                      'acelnoszzACELNOSZZaous')), '[^a-z0-9]', '', 'g') || '.' || domain,
                  TIMESTAMP '2023-01-01 08:00:00' + to_seconds(floor(u_updated * 120000000)::BIGINT)
                FROM (SELECT r.*, c.*, ${brand} AS brand
                  FROM (SELECT *, i % 20 = floor(u_block * 20) AS broken FROM ${noise}) AS r
                  JOIN ${countries} ON c.k = CASE WHEN broken THEN 1 ELSE ${country} END)""",
                "brokenCodes", Literals.strings(BROKEN_CODES),
                "mailbox", "CASE WHEN style = 'pl' THEN " + Literals.pick(List.of("biuro", "kontakt", "zamowienia"),
                        "u_mail") + " ELSE " + Literals.pick(List.of("info", "sales", "office", "orders"), "u_mail")
                        + " END",
                "brand", brand(),
                "noise", noise,
                "countries", COUNTRIES,
                "country", Literals.weightedIndex(COUNTRY_WEIGHTS, "u_country"));
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(SUPPLIERS).sql(" ").sql(select).build());
    }

    /** A company name without its legal form, in the style of the supplier's country. */
    private static String brand() {
        return Literals.fill("""
                CASE WHEN style = 'pl' THEN CASE floor(u_style * 3)
                    WHEN 0 THEN ${stem} || ${ending}
                    WHEN 1 THEN ${adjective} || ' ' || ${noun}
                    ELSE ${surname} || ${trade} END
                  WHEN style = 'de' THEN ${deSurname} || ' ' || ${deTrade}
                  ELSE ${brand} || ' ' || ${enTrade} END""",
                "stem", Literals.pick(PL_STEMS, "u_a"), "ending", Literals.pick(PL_ENDINGS, "u_b"),
                "adjective", Literals.pick(PL_ADJECTIVES, "u_a"), "noun", Literals.pick(PL_NOUNS, "u_b"),
                "surname", Literals.pick(PL_SURNAMES, "u_a"), "trade", Literals.pick(PL_TRADES, "u_b"),
                "deSurname", Literals.pick(DE_SURNAMES, "u_a"), "deTrade", Literals.pick(DE_TRADES, "u_b"),
                "brand", Literals.pick(BRANDS, "u_a"), "enTrade", Literals.pick(TRADES, "u_b"));
    }
}
